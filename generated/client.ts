// Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.
import type { operations, paths } from "./types.js";
import { callOperation, type CallOptions, type OperationDescriptor } from "./runtime/call.js";
import { createHttpClient, type ServerTemplate, type TransportOptions } from "./runtime/transport.js";
import { BadRequestException, ForbiddenException, InternalServerErrorException, MethodNotAllowedException, NotFoundException, TooManyRequestsException } from "./errors.js";

export type { CallOptions, OperationDescriptor } from "./runtime/call.js";
export type { FetchLike, MockPreferences, TransportLayer, TransportOptions, ServerTemplate } from "./runtime/transport.js";

/** The server requests go to unless `endpoint` says otherwise. */
export const server: ServerTemplate = { "url": "https://pinpoint.{region}.amazonaws.com", "variables": { "region": "us-east-1" } };
const documentedErrors = { 400: BadRequestException, 403: ForbiddenException, 404: NotFoundException, 405: MethodNotAllowedException, 429: TooManyRequestsException, 500: InternalServerErrorException };
/** `GET /v1/apps` */
export const GetAppsOperation: OperationDescriptor = { operationId: "GetApps", method: "get", path: "/v1/apps", errors: documentedErrors };

/** What `getApps` takes: the spec's own parameter names, by location. */
export interface GetAppsInput {
  query?: NonNullable<operations["GetApps"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetApps"]["parameters"]["header"]>;
}

/** What `getApps` resolves to (HTTP 200). */
export type GetAppsOutput = operations["GetApps"]["responses"][200]["content"]["application/json"];

/** `POST /v1/apps` */
export const CreateAppOperation: OperationDescriptor = { operationId: "CreateApp", method: "post", path: "/v1/apps", errors: documentedErrors };

/** What `createApp` takes: the spec's own parameter names, by location. */
export interface CreateAppInput {
  header?: NonNullable<operations["CreateApp"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateApp"]["requestBody"]>["content"]["application/json"];
}

/** What `createApp` resolves to (HTTP 201). */
export type CreateAppOutput = operations["CreateApp"]["responses"][201]["content"]["application/json"];

/** `GET /v1/apps/{application-id}` */
export const GetAppOperation: OperationDescriptor = { operationId: "GetApp", method: "get", path: "/v1/apps/{application-id}", errors: documentedErrors };

/** What `getApp` takes: the spec's own parameter names, by location. */
export interface GetAppInput {
  path: NonNullable<operations["GetApp"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApp"]["parameters"]["header"]>;
}

/** What `getApp` resolves to (HTTP 200). */
export type GetAppOutput = operations["GetApp"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}` */
export const DeleteAppOperation: OperationDescriptor = { operationId: "DeleteApp", method: "delete", path: "/v1/apps/{application-id}", errors: documentedErrors };

/** What `deleteApp` takes: the spec's own parameter names, by location. */
export interface DeleteAppInput {
  path: NonNullable<operations["DeleteApp"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApp"]["parameters"]["header"]>;
}

/** What `deleteApp` resolves to (HTTP 200). */
export type DeleteAppOutput = operations["DeleteApp"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/campaigns` */
export const GetCampaignsOperation: OperationDescriptor = { operationId: "GetCampaigns", method: "get", path: "/v1/apps/{application-id}/campaigns", errors: documentedErrors };

/** What `getCampaigns` takes: the spec's own parameter names, by location. */
export interface GetCampaignsInput {
  path: NonNullable<operations["GetCampaigns"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetCampaigns"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetCampaigns"]["parameters"]["header"]>;
}

/** What `getCampaigns` resolves to (HTTP 200). */
export type GetCampaignsOutput = operations["GetCampaigns"]["responses"][200]["content"]["application/json"];

/** `POST /v1/apps/{application-id}/campaigns` */
export const CreateCampaignOperation: OperationDescriptor = { operationId: "CreateCampaign", method: "post", path: "/v1/apps/{application-id}/campaigns", errors: documentedErrors };

/** What `createCampaign` takes: the spec's own parameter names, by location. */
export interface CreateCampaignInput {
  path: NonNullable<operations["CreateCampaign"]["parameters"]["path"]>;
  header?: NonNullable<operations["CreateCampaign"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateCampaign"]["requestBody"]>["content"]["application/json"];
}

/** What `createCampaign` resolves to (HTTP 201). */
export type CreateCampaignOutput = operations["CreateCampaign"]["responses"][201]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/campaigns/{campaign-id}` */
export const GetCampaignOperation: OperationDescriptor = { operationId: "GetCampaign", method: "get", path: "/v1/apps/{application-id}/campaigns/{campaign-id}", errors: documentedErrors };

/** What `getCampaign` takes: the spec's own parameter names, by location. */
export interface GetCampaignInput {
  path: NonNullable<operations["GetCampaign"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetCampaign"]["parameters"]["header"]>;
}

/** What `getCampaign` resolves to (HTTP 200). */
export type GetCampaignOutput = operations["GetCampaign"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/campaigns/{campaign-id}` */
export const UpdateCampaignOperation: OperationDescriptor = { operationId: "UpdateCampaign", method: "put", path: "/v1/apps/{application-id}/campaigns/{campaign-id}", errors: documentedErrors };

/** What `updateCampaign` takes: the spec's own parameter names, by location. */
export interface UpdateCampaignInput {
  path: NonNullable<operations["UpdateCampaign"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateCampaign"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateCampaign"]["requestBody"]>["content"]["application/json"];
}

/** What `updateCampaign` resolves to (HTTP 200). */
export type UpdateCampaignOutput = operations["UpdateCampaign"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/campaigns/{campaign-id}` */
export const DeleteCampaignOperation: OperationDescriptor = { operationId: "DeleteCampaign", method: "delete", path: "/v1/apps/{application-id}/campaigns/{campaign-id}", errors: documentedErrors };

/** What `deleteCampaign` takes: the spec's own parameter names, by location. */
export interface DeleteCampaignInput {
  path: NonNullable<operations["DeleteCampaign"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteCampaign"]["parameters"]["header"]>;
}

/** What `deleteCampaign` resolves to (HTTP 200). */
export type DeleteCampaignOutput = operations["DeleteCampaign"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/campaigns/{campaign-id}/activities` */
export const GetCampaignActivitiesOperation: OperationDescriptor = { operationId: "GetCampaignActivities", method: "get", path: "/v1/apps/{application-id}/campaigns/{campaign-id}/activities", errors: documentedErrors };

/** What `getCampaignActivities` takes: the spec's own parameter names, by location. */
export interface GetCampaignActivitiesInput {
  path: NonNullable<operations["GetCampaignActivities"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetCampaignActivities"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetCampaignActivities"]["parameters"]["header"]>;
}

/** What `getCampaignActivities` resolves to (HTTP 200). */
export type GetCampaignActivitiesOutput = operations["GetCampaignActivities"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/campaigns/{campaign-id}/versions` */
export const GetCampaignVersionsOperation: OperationDescriptor = { operationId: "GetCampaignVersions", method: "get", path: "/v1/apps/{application-id}/campaigns/{campaign-id}/versions", errors: documentedErrors };

/** What `getCampaignVersions` takes: the spec's own parameter names, by location. */
export interface GetCampaignVersionsInput {
  path: NonNullable<operations["GetCampaignVersions"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetCampaignVersions"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetCampaignVersions"]["parameters"]["header"]>;
}

/** What `getCampaignVersions` resolves to (HTTP 200). */
export type GetCampaignVersionsOutput = operations["GetCampaignVersions"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/campaigns/{campaign-id}/versions/{version}` */
export const GetCampaignVersionOperation: OperationDescriptor = { operationId: "GetCampaignVersion", method: "get", path: "/v1/apps/{application-id}/campaigns/{campaign-id}/versions/{version}", errors: documentedErrors };

/** What `getCampaignVersion` takes: the spec's own parameter names, by location. */
export interface GetCampaignVersionInput {
  path: NonNullable<operations["GetCampaignVersion"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetCampaignVersion"]["parameters"]["header"]>;
}

/** What `getCampaignVersion` resolves to (HTTP 200). */
export type GetCampaignVersionOutput = operations["GetCampaignVersion"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/channels/adm` */
export const GetAdmChannelOperation: OperationDescriptor = { operationId: "GetAdmChannel", method: "get", path: "/v1/apps/{application-id}/channels/adm", errors: documentedErrors };

/** What `getAdmChannel` takes: the spec's own parameter names, by location. */
export interface GetAdmChannelInput {
  path: NonNullable<operations["GetAdmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetAdmChannel"]["parameters"]["header"]>;
}

/** What `getAdmChannel` resolves to (HTTP 200). */
export type GetAdmChannelOutput = operations["GetAdmChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/channels/adm` */
export const UpdateAdmChannelOperation: OperationDescriptor = { operationId: "UpdateAdmChannel", method: "put", path: "/v1/apps/{application-id}/channels/adm", errors: documentedErrors };

/** What `updateAdmChannel` takes: the spec's own parameter names, by location. */
export interface UpdateAdmChannelInput {
  path: NonNullable<operations["UpdateAdmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateAdmChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateAdmChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateAdmChannel` resolves to (HTTP 200). */
export type UpdateAdmChannelOutput = operations["UpdateAdmChannel"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/channels/adm` */
export const DeleteAdmChannelOperation: OperationDescriptor = { operationId: "DeleteAdmChannel", method: "delete", path: "/v1/apps/{application-id}/channels/adm", errors: documentedErrors };

/** What `deleteAdmChannel` takes: the spec's own parameter names, by location. */
export interface DeleteAdmChannelInput {
  path: NonNullable<operations["DeleteAdmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteAdmChannel"]["parameters"]["header"]>;
}

/** What `deleteAdmChannel` resolves to (HTTP 200). */
export type DeleteAdmChannelOutput = operations["DeleteAdmChannel"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/channels/apns` */
export const GetApnsChannelOperation: OperationDescriptor = { operationId: "GetApnsChannel", method: "get", path: "/v1/apps/{application-id}/channels/apns", errors: documentedErrors };

/** What `getApnsChannel` takes: the spec's own parameter names, by location. */
export interface GetApnsChannelInput {
  path: NonNullable<operations["GetApnsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApnsChannel"]["parameters"]["header"]>;
}

/** What `getApnsChannel` resolves to (HTTP 200). */
export type GetApnsChannelOutput = operations["GetApnsChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/channels/apns` */
export const UpdateApnsChannelOperation: OperationDescriptor = { operationId: "UpdateApnsChannel", method: "put", path: "/v1/apps/{application-id}/channels/apns", errors: documentedErrors };

/** What `updateApnsChannel` takes: the spec's own parameter names, by location. */
export interface UpdateApnsChannelInput {
  path: NonNullable<operations["UpdateApnsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApnsChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApnsChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApnsChannel` resolves to (HTTP 200). */
export type UpdateApnsChannelOutput = operations["UpdateApnsChannel"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/channels/apns` */
export const DeleteApnsChannelOperation: OperationDescriptor = { operationId: "DeleteApnsChannel", method: "delete", path: "/v1/apps/{application-id}/channels/apns", errors: documentedErrors };

/** What `deleteApnsChannel` takes: the spec's own parameter names, by location. */
export interface DeleteApnsChannelInput {
  path: NonNullable<operations["DeleteApnsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApnsChannel"]["parameters"]["header"]>;
}

/** What `deleteApnsChannel` resolves to (HTTP 200). */
export type DeleteApnsChannelOutput = operations["DeleteApnsChannel"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/channels/apns_sandbox` */
export const GetApnsSandboxChannelOperation: OperationDescriptor = { operationId: "GetApnsSandboxChannel", method: "get", path: "/v1/apps/{application-id}/channels/apns_sandbox", errors: documentedErrors };

/** What `getApnsSandboxChannel` takes: the spec's own parameter names, by location. */
export interface GetApnsSandboxChannelInput {
  path: NonNullable<operations["GetApnsSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApnsSandboxChannel"]["parameters"]["header"]>;
}

/** What `getApnsSandboxChannel` resolves to (HTTP 200). */
export type GetApnsSandboxChannelOutput = operations["GetApnsSandboxChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/channels/apns_sandbox` */
export const UpdateApnsSandboxChannelOperation: OperationDescriptor = { operationId: "UpdateApnsSandboxChannel", method: "put", path: "/v1/apps/{application-id}/channels/apns_sandbox", errors: documentedErrors };

/** What `updateApnsSandboxChannel` takes: the spec's own parameter names, by location. */
export interface UpdateApnsSandboxChannelInput {
  path: NonNullable<operations["UpdateApnsSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApnsSandboxChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApnsSandboxChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApnsSandboxChannel` resolves to (HTTP 200). */
export type UpdateApnsSandboxChannelOutput = operations["UpdateApnsSandboxChannel"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/channels/apns_sandbox` */
export const DeleteApnsSandboxChannelOperation: OperationDescriptor = { operationId: "DeleteApnsSandboxChannel", method: "delete", path: "/v1/apps/{application-id}/channels/apns_sandbox", errors: documentedErrors };

/** What `deleteApnsSandboxChannel` takes: the spec's own parameter names, by location. */
export interface DeleteApnsSandboxChannelInput {
  path: NonNullable<operations["DeleteApnsSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApnsSandboxChannel"]["parameters"]["header"]>;
}

/** What `deleteApnsSandboxChannel` resolves to (HTTP 200). */
export type DeleteApnsSandboxChannelOutput = operations["DeleteApnsSandboxChannel"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/channels/apns_voip` */
export const GetApnsVoipChannelOperation: OperationDescriptor = { operationId: "GetApnsVoipChannel", method: "get", path: "/v1/apps/{application-id}/channels/apns_voip", errors: documentedErrors };

/** What `getApnsVoipChannel` takes: the spec's own parameter names, by location. */
export interface GetApnsVoipChannelInput {
  path: NonNullable<operations["GetApnsVoipChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApnsVoipChannel"]["parameters"]["header"]>;
}

/** What `getApnsVoipChannel` resolves to (HTTP 200). */
export type GetApnsVoipChannelOutput = operations["GetApnsVoipChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/channels/apns_voip` */
export const UpdateApnsVoipChannelOperation: OperationDescriptor = { operationId: "UpdateApnsVoipChannel", method: "put", path: "/v1/apps/{application-id}/channels/apns_voip", errors: documentedErrors };

/** What `updateApnsVoipChannel` takes: the spec's own parameter names, by location. */
export interface UpdateApnsVoipChannelInput {
  path: NonNullable<operations["UpdateApnsVoipChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApnsVoipChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApnsVoipChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApnsVoipChannel` resolves to (HTTP 200). */
export type UpdateApnsVoipChannelOutput = operations["UpdateApnsVoipChannel"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/channels/apns_voip` */
export const DeleteApnsVoipChannelOperation: OperationDescriptor = { operationId: "DeleteApnsVoipChannel", method: "delete", path: "/v1/apps/{application-id}/channels/apns_voip", errors: documentedErrors };

/** What `deleteApnsVoipChannel` takes: the spec's own parameter names, by location. */
export interface DeleteApnsVoipChannelInput {
  path: NonNullable<operations["DeleteApnsVoipChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApnsVoipChannel"]["parameters"]["header"]>;
}

/** What `deleteApnsVoipChannel` resolves to (HTTP 200). */
export type DeleteApnsVoipChannelOutput = operations["DeleteApnsVoipChannel"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/channels/apns_voip_sandbox` */
export const GetApnsVoipSandboxChannelOperation: OperationDescriptor = { operationId: "GetApnsVoipSandboxChannel", method: "get", path: "/v1/apps/{application-id}/channels/apns_voip_sandbox", errors: documentedErrors };

/** What `getApnsVoipSandboxChannel` takes: the spec's own parameter names, by location. */
export interface GetApnsVoipSandboxChannelInput {
  path: NonNullable<operations["GetApnsVoipSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApnsVoipSandboxChannel"]["parameters"]["header"]>;
}

/** What `getApnsVoipSandboxChannel` resolves to (HTTP 200). */
export type GetApnsVoipSandboxChannelOutput = operations["GetApnsVoipSandboxChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/channels/apns_voip_sandbox` */
export const UpdateApnsVoipSandboxChannelOperation: OperationDescriptor = { operationId: "UpdateApnsVoipSandboxChannel", method: "put", path: "/v1/apps/{application-id}/channels/apns_voip_sandbox", errors: documentedErrors };

/** What `updateApnsVoipSandboxChannel` takes: the spec's own parameter names, by location. */
export interface UpdateApnsVoipSandboxChannelInput {
  path: NonNullable<operations["UpdateApnsVoipSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApnsVoipSandboxChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApnsVoipSandboxChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApnsVoipSandboxChannel` resolves to (HTTP 200). */
export type UpdateApnsVoipSandboxChannelOutput = operations["UpdateApnsVoipSandboxChannel"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/channels/apns_voip_sandbox` */
export const DeleteApnsVoipSandboxChannelOperation: OperationDescriptor = { operationId: "DeleteApnsVoipSandboxChannel", method: "delete", path: "/v1/apps/{application-id}/channels/apns_voip_sandbox", errors: documentedErrors };

/** What `deleteApnsVoipSandboxChannel` takes: the spec's own parameter names, by location. */
export interface DeleteApnsVoipSandboxChannelInput {
  path: NonNullable<operations["DeleteApnsVoipSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApnsVoipSandboxChannel"]["parameters"]["header"]>;
}

/** What `deleteApnsVoipSandboxChannel` resolves to (HTTP 200). */
export type DeleteApnsVoipSandboxChannelOutput = operations["DeleteApnsVoipSandboxChannel"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/channels/baidu` */
export const GetBaiduChannelOperation: OperationDescriptor = { operationId: "GetBaiduChannel", method: "get", path: "/v1/apps/{application-id}/channels/baidu", errors: documentedErrors };

/** What `getBaiduChannel` takes: the spec's own parameter names, by location. */
export interface GetBaiduChannelInput {
  path: NonNullable<operations["GetBaiduChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetBaiduChannel"]["parameters"]["header"]>;
}

/** What `getBaiduChannel` resolves to (HTTP 200). */
export type GetBaiduChannelOutput = operations["GetBaiduChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/channels/baidu` */
export const UpdateBaiduChannelOperation: OperationDescriptor = { operationId: "UpdateBaiduChannel", method: "put", path: "/v1/apps/{application-id}/channels/baidu", errors: documentedErrors };

/** What `updateBaiduChannel` takes: the spec's own parameter names, by location. */
export interface UpdateBaiduChannelInput {
  path: NonNullable<operations["UpdateBaiduChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateBaiduChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateBaiduChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateBaiduChannel` resolves to (HTTP 200). */
export type UpdateBaiduChannelOutput = operations["UpdateBaiduChannel"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/channels/baidu` */
export const DeleteBaiduChannelOperation: OperationDescriptor = { operationId: "DeleteBaiduChannel", method: "delete", path: "/v1/apps/{application-id}/channels/baidu", errors: documentedErrors };

/** What `deleteBaiduChannel` takes: the spec's own parameter names, by location. */
export interface DeleteBaiduChannelInput {
  path: NonNullable<operations["DeleteBaiduChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteBaiduChannel"]["parameters"]["header"]>;
}

/** What `deleteBaiduChannel` resolves to (HTTP 200). */
export type DeleteBaiduChannelOutput = operations["DeleteBaiduChannel"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/channels/email` */
export const GetEmailChannelOperation: OperationDescriptor = { operationId: "GetEmailChannel", method: "get", path: "/v1/apps/{application-id}/channels/email", errors: documentedErrors };

/** What `getEmailChannel` takes: the spec's own parameter names, by location. */
export interface GetEmailChannelInput {
  path: NonNullable<operations["GetEmailChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetEmailChannel"]["parameters"]["header"]>;
}

/** What `getEmailChannel` resolves to (HTTP 200). */
export type GetEmailChannelOutput = operations["GetEmailChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/channels/email` */
export const UpdateEmailChannelOperation: OperationDescriptor = { operationId: "UpdateEmailChannel", method: "put", path: "/v1/apps/{application-id}/channels/email", errors: documentedErrors };

/** What `updateEmailChannel` takes: the spec's own parameter names, by location. */
export interface UpdateEmailChannelInput {
  path: NonNullable<operations["UpdateEmailChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateEmailChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateEmailChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateEmailChannel` resolves to (HTTP 200). */
export type UpdateEmailChannelOutput = operations["UpdateEmailChannel"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/channels/email` */
export const DeleteEmailChannelOperation: OperationDescriptor = { operationId: "DeleteEmailChannel", method: "delete", path: "/v1/apps/{application-id}/channels/email", errors: documentedErrors };

/** What `deleteEmailChannel` takes: the spec's own parameter names, by location. */
export interface DeleteEmailChannelInput {
  path: NonNullable<operations["DeleteEmailChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteEmailChannel"]["parameters"]["header"]>;
}

/** What `deleteEmailChannel` resolves to (HTTP 200). */
export type DeleteEmailChannelOutput = operations["DeleteEmailChannel"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/channels/gcm` */
export const GetGcmChannelOperation: OperationDescriptor = { operationId: "GetGcmChannel", method: "get", path: "/v1/apps/{application-id}/channels/gcm", errors: documentedErrors };

/** What `getGcmChannel` takes: the spec's own parameter names, by location. */
export interface GetGcmChannelInput {
  path: NonNullable<operations["GetGcmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetGcmChannel"]["parameters"]["header"]>;
}

/** What `getGcmChannel` resolves to (HTTP 200). */
export type GetGcmChannelOutput = operations["GetGcmChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/channels/gcm` */
export const UpdateGcmChannelOperation: OperationDescriptor = { operationId: "UpdateGcmChannel", method: "put", path: "/v1/apps/{application-id}/channels/gcm", errors: documentedErrors };

/** What `updateGcmChannel` takes: the spec's own parameter names, by location. */
export interface UpdateGcmChannelInput {
  path: NonNullable<operations["UpdateGcmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateGcmChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateGcmChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateGcmChannel` resolves to (HTTP 200). */
export type UpdateGcmChannelOutput = operations["UpdateGcmChannel"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/channels/gcm` */
export const DeleteGcmChannelOperation: OperationDescriptor = { operationId: "DeleteGcmChannel", method: "delete", path: "/v1/apps/{application-id}/channels/gcm", errors: documentedErrors };

/** What `deleteGcmChannel` takes: the spec's own parameter names, by location. */
export interface DeleteGcmChannelInput {
  path: NonNullable<operations["DeleteGcmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteGcmChannel"]["parameters"]["header"]>;
}

/** What `deleteGcmChannel` resolves to (HTTP 200). */
export type DeleteGcmChannelOutput = operations["DeleteGcmChannel"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/channels/sms` */
export const GetSmsChannelOperation: OperationDescriptor = { operationId: "GetSmsChannel", method: "get", path: "/v1/apps/{application-id}/channels/sms", errors: documentedErrors };

/** What `getSmsChannel` takes: the spec's own parameter names, by location. */
export interface GetSmsChannelInput {
  path: NonNullable<operations["GetSmsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetSmsChannel"]["parameters"]["header"]>;
}

/** What `getSmsChannel` resolves to (HTTP 200). */
export type GetSmsChannelOutput = operations["GetSmsChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/channels/sms` */
export const UpdateSmsChannelOperation: OperationDescriptor = { operationId: "UpdateSmsChannel", method: "put", path: "/v1/apps/{application-id}/channels/sms", errors: documentedErrors };

/** What `updateSmsChannel` takes: the spec's own parameter names, by location. */
export interface UpdateSmsChannelInput {
  path: NonNullable<operations["UpdateSmsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateSmsChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateSmsChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateSmsChannel` resolves to (HTTP 200). */
export type UpdateSmsChannelOutput = operations["UpdateSmsChannel"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/channels/sms` */
export const DeleteSmsChannelOperation: OperationDescriptor = { operationId: "DeleteSmsChannel", method: "delete", path: "/v1/apps/{application-id}/channels/sms", errors: documentedErrors };

/** What `deleteSmsChannel` takes: the spec's own parameter names, by location. */
export interface DeleteSmsChannelInput {
  path: NonNullable<operations["DeleteSmsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteSmsChannel"]["parameters"]["header"]>;
}

/** What `deleteSmsChannel` resolves to (HTTP 200). */
export type DeleteSmsChannelOutput = operations["DeleteSmsChannel"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/endpoints` */
export const UpdateEndpointsBatchOperation: OperationDescriptor = { operationId: "UpdateEndpointsBatch", method: "put", path: "/v1/apps/{application-id}/endpoints", errors: documentedErrors };

/** What `updateEndpointsBatch` takes: the spec's own parameter names, by location. */
export interface UpdateEndpointsBatchInput {
  path: NonNullable<operations["UpdateEndpointsBatch"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateEndpointsBatch"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateEndpointsBatch"]["requestBody"]>["content"]["application/json"];
}

/** What `updateEndpointsBatch` resolves to (HTTP 202). */
export type UpdateEndpointsBatchOutput = operations["UpdateEndpointsBatch"]["responses"][202]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/endpoints/{endpoint-id}` */
export const GetEndpointOperation: OperationDescriptor = { operationId: "GetEndpoint", method: "get", path: "/v1/apps/{application-id}/endpoints/{endpoint-id}", errors: documentedErrors };

/** What `getEndpoint` takes: the spec's own parameter names, by location. */
export interface GetEndpointInput {
  path: NonNullable<operations["GetEndpoint"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetEndpoint"]["parameters"]["header"]>;
}

/** What `getEndpoint` resolves to (HTTP 200). */
export type GetEndpointOutput = operations["GetEndpoint"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/endpoints/{endpoint-id}` */
export const UpdateEndpointOperation: OperationDescriptor = { operationId: "UpdateEndpoint", method: "put", path: "/v1/apps/{application-id}/endpoints/{endpoint-id}", errors: documentedErrors };

/** What `updateEndpoint` takes: the spec's own parameter names, by location. */
export interface UpdateEndpointInput {
  path: NonNullable<operations["UpdateEndpoint"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateEndpoint"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateEndpoint"]["requestBody"]>["content"]["application/json"];
}

/** What `updateEndpoint` resolves to (HTTP 202). */
export type UpdateEndpointOutput = operations["UpdateEndpoint"]["responses"][202]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/endpoints/{endpoint-id}` */
export const DeleteEndpointOperation: OperationDescriptor = { operationId: "DeleteEndpoint", method: "delete", path: "/v1/apps/{application-id}/endpoints/{endpoint-id}", errors: documentedErrors };

/** What `deleteEndpoint` takes: the spec's own parameter names, by location. */
export interface DeleteEndpointInput {
  path: NonNullable<operations["DeleteEndpoint"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteEndpoint"]["parameters"]["header"]>;
}

/** What `deleteEndpoint` resolves to (HTTP 202). */
export type DeleteEndpointOutput = operations["DeleteEndpoint"]["responses"][202]["content"]["application/json"];

/** `POST /v1/apps/{application-id}/events` */
export const PutEventsOperation: OperationDescriptor = { operationId: "PutEvents", method: "post", path: "/v1/apps/{application-id}/events", errors: documentedErrors };

/** What `putEvents` takes: the spec's own parameter names, by location. */
export interface PutEventsInput {
  path: NonNullable<operations["PutEvents"]["parameters"]["path"]>;
  header?: NonNullable<operations["PutEvents"]["parameters"]["header"]>;
  body: NonNullable<operations["PutEvents"]["requestBody"]>["content"]["application/json"];
}

/** What `putEvents` resolves to (HTTP 202). */
export type PutEventsOutput = operations["PutEvents"]["responses"][202]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/eventstream` */
export const GetEventStreamOperation: OperationDescriptor = { operationId: "GetEventStream", method: "get", path: "/v1/apps/{application-id}/eventstream", errors: documentedErrors };

/** What `getEventStream` takes: the spec's own parameter names, by location. */
export interface GetEventStreamInput {
  path: NonNullable<operations["GetEventStream"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetEventStream"]["parameters"]["header"]>;
}

/** What `getEventStream` resolves to (HTTP 200). */
export type GetEventStreamOutput = operations["GetEventStream"]["responses"][200]["content"]["application/json"];

/** `POST /v1/apps/{application-id}/eventstream` */
export const PutEventStreamOperation: OperationDescriptor = { operationId: "PutEventStream", method: "post", path: "/v1/apps/{application-id}/eventstream", errors: documentedErrors };

/** What `putEventStream` takes: the spec's own parameter names, by location. */
export interface PutEventStreamInput {
  path: NonNullable<operations["PutEventStream"]["parameters"]["path"]>;
  header?: NonNullable<operations["PutEventStream"]["parameters"]["header"]>;
  body: NonNullable<operations["PutEventStream"]["requestBody"]>["content"]["application/json"];
}

/** What `putEventStream` resolves to (HTTP 200). */
export type PutEventStreamOutput = operations["PutEventStream"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/eventstream` */
export const DeleteEventStreamOperation: OperationDescriptor = { operationId: "DeleteEventStream", method: "delete", path: "/v1/apps/{application-id}/eventstream", errors: documentedErrors };

/** What `deleteEventStream` takes: the spec's own parameter names, by location. */
export interface DeleteEventStreamInput {
  path: NonNullable<operations["DeleteEventStream"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteEventStream"]["parameters"]["header"]>;
}

/** What `deleteEventStream` resolves to (HTTP 200). */
export type DeleteEventStreamOutput = operations["DeleteEventStream"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/jobs/export` */
export const GetExportJobsOperation: OperationDescriptor = { operationId: "GetExportJobs", method: "get", path: "/v1/apps/{application-id}/jobs/export", errors: documentedErrors };

/** What `getExportJobs` takes: the spec's own parameter names, by location. */
export interface GetExportJobsInput {
  path: NonNullable<operations["GetExportJobs"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetExportJobs"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetExportJobs"]["parameters"]["header"]>;
}

/** What `getExportJobs` resolves to (HTTP 200). */
export type GetExportJobsOutput = operations["GetExportJobs"]["responses"][200]["content"]["application/json"];

/** `POST /v1/apps/{application-id}/jobs/export` */
export const CreateExportJobOperation: OperationDescriptor = { operationId: "CreateExportJob", method: "post", path: "/v1/apps/{application-id}/jobs/export", errors: documentedErrors };

/** What `createExportJob` takes: the spec's own parameter names, by location. */
export interface CreateExportJobInput {
  path: NonNullable<operations["CreateExportJob"]["parameters"]["path"]>;
  header?: NonNullable<operations["CreateExportJob"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateExportJob"]["requestBody"]>["content"]["application/json"];
}

/** What `createExportJob` resolves to (HTTP 202). */
export type CreateExportJobOutput = operations["CreateExportJob"]["responses"][202]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/jobs/export/{job-id}` */
export const GetExportJobOperation: OperationDescriptor = { operationId: "GetExportJob", method: "get", path: "/v1/apps/{application-id}/jobs/export/{job-id}", errors: documentedErrors };

/** What `getExportJob` takes: the spec's own parameter names, by location. */
export interface GetExportJobInput {
  path: NonNullable<operations["GetExportJob"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetExportJob"]["parameters"]["header"]>;
}

/** What `getExportJob` resolves to (HTTP 200). */
export type GetExportJobOutput = operations["GetExportJob"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/jobs/import` */
export const GetImportJobsOperation: OperationDescriptor = { operationId: "GetImportJobs", method: "get", path: "/v1/apps/{application-id}/jobs/import", errors: documentedErrors };

/** What `getImportJobs` takes: the spec's own parameter names, by location. */
export interface GetImportJobsInput {
  path: NonNullable<operations["GetImportJobs"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetImportJobs"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetImportJobs"]["parameters"]["header"]>;
}

/** What `getImportJobs` resolves to (HTTP 200). */
export type GetImportJobsOutput = operations["GetImportJobs"]["responses"][200]["content"]["application/json"];

/** `POST /v1/apps/{application-id}/jobs/import` */
export const CreateImportJobOperation: OperationDescriptor = { operationId: "CreateImportJob", method: "post", path: "/v1/apps/{application-id}/jobs/import", errors: documentedErrors };

/** What `createImportJob` takes: the spec's own parameter names, by location. */
export interface CreateImportJobInput {
  path: NonNullable<operations["CreateImportJob"]["parameters"]["path"]>;
  header?: NonNullable<operations["CreateImportJob"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateImportJob"]["requestBody"]>["content"]["application/json"];
}

/** What `createImportJob` resolves to (HTTP 201). */
export type CreateImportJobOutput = operations["CreateImportJob"]["responses"][201]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/jobs/import/{job-id}` */
export const GetImportJobOperation: OperationDescriptor = { operationId: "GetImportJob", method: "get", path: "/v1/apps/{application-id}/jobs/import/{job-id}", errors: documentedErrors };

/** What `getImportJob` takes: the spec's own parameter names, by location. */
export interface GetImportJobInput {
  path: NonNullable<operations["GetImportJob"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetImportJob"]["parameters"]["header"]>;
}

/** What `getImportJob` resolves to (HTTP 200). */
export type GetImportJobOutput = operations["GetImportJob"]["responses"][200]["content"]["application/json"];

/** `POST /v1/apps/{application-id}/messages` */
export const SendMessagesOperation: OperationDescriptor = { operationId: "SendMessages", method: "post", path: "/v1/apps/{application-id}/messages", errors: documentedErrors };

/** What `sendMessages` takes: the spec's own parameter names, by location. */
export interface SendMessagesInput {
  path: NonNullable<operations["SendMessages"]["parameters"]["path"]>;
  header?: NonNullable<operations["SendMessages"]["parameters"]["header"]>;
  body: NonNullable<operations["SendMessages"]["requestBody"]>["content"]["application/json"];
}

/** What `sendMessages` resolves to (HTTP 200). */
export type SendMessagesOutput = operations["SendMessages"]["responses"][200]["content"]["application/json"];

/** `POST /v1/phone/number/validate` */
export const PhoneNumberValidateOperation: OperationDescriptor = { operationId: "PhoneNumberValidate", method: "post", path: "/v1/phone/number/validate", errors: documentedErrors };

/** What `phoneNumberValidate` takes: the spec's own parameter names, by location. */
export interface PhoneNumberValidateInput {
  header?: NonNullable<operations["PhoneNumberValidate"]["parameters"]["header"]>;
  body: NonNullable<operations["PhoneNumberValidate"]["requestBody"]>["content"]["application/json"];
}

/** What `phoneNumberValidate` resolves to (HTTP 200). */
export type PhoneNumberValidateOutput = operations["PhoneNumberValidate"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/segments` */
export const GetSegmentsOperation: OperationDescriptor = { operationId: "GetSegments", method: "get", path: "/v1/apps/{application-id}/segments", errors: documentedErrors };

/** What `getSegments` takes: the spec's own parameter names, by location. */
export interface GetSegmentsInput {
  path: NonNullable<operations["GetSegments"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetSegments"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetSegments"]["parameters"]["header"]>;
}

/** What `getSegments` resolves to (HTTP 200). */
export type GetSegmentsOutput = operations["GetSegments"]["responses"][200]["content"]["application/json"];

/** `POST /v1/apps/{application-id}/segments` */
export const CreateSegmentOperation: OperationDescriptor = { operationId: "CreateSegment", method: "post", path: "/v1/apps/{application-id}/segments", errors: documentedErrors };

/** What `createSegment` takes: the spec's own parameter names, by location. */
export interface CreateSegmentInput {
  path: NonNullable<operations["CreateSegment"]["parameters"]["path"]>;
  header?: NonNullable<operations["CreateSegment"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateSegment"]["requestBody"]>["content"]["application/json"];
}

/** What `createSegment` resolves to (HTTP 201). */
export type CreateSegmentOutput = operations["CreateSegment"]["responses"][201]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/segments/{segment-id}` */
export const GetSegmentOperation: OperationDescriptor = { operationId: "GetSegment", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}", errors: documentedErrors };

/** What `getSegment` takes: the spec's own parameter names, by location. */
export interface GetSegmentInput {
  path: NonNullable<operations["GetSegment"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetSegment"]["parameters"]["header"]>;
}

/** What `getSegment` resolves to (HTTP 200). */
export type GetSegmentOutput = operations["GetSegment"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/segments/{segment-id}` */
export const UpdateSegmentOperation: OperationDescriptor = { operationId: "UpdateSegment", method: "put", path: "/v1/apps/{application-id}/segments/{segment-id}", errors: documentedErrors };

/** What `updateSegment` takes: the spec's own parameter names, by location. */
export interface UpdateSegmentInput {
  path: NonNullable<operations["UpdateSegment"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateSegment"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateSegment"]["requestBody"]>["content"]["application/json"];
}

/** What `updateSegment` resolves to (HTTP 200). */
export type UpdateSegmentOutput = operations["UpdateSegment"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/segments/{segment-id}` */
export const DeleteSegmentOperation: OperationDescriptor = { operationId: "DeleteSegment", method: "delete", path: "/v1/apps/{application-id}/segments/{segment-id}", errors: documentedErrors };

/** What `deleteSegment` takes: the spec's own parameter names, by location. */
export interface DeleteSegmentInput {
  path: NonNullable<operations["DeleteSegment"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteSegment"]["parameters"]["header"]>;
}

/** What `deleteSegment` resolves to (HTTP 200). */
export type DeleteSegmentOutput = operations["DeleteSegment"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/segments/{segment-id}/jobs/export` */
export const GetSegmentExportJobsOperation: OperationDescriptor = { operationId: "GetSegmentExportJobs", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}/jobs/export", errors: documentedErrors };

/** What `getSegmentExportJobs` takes: the spec's own parameter names, by location. */
export interface GetSegmentExportJobsInput {
  path: NonNullable<operations["GetSegmentExportJobs"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetSegmentExportJobs"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetSegmentExportJobs"]["parameters"]["header"]>;
}

/** What `getSegmentExportJobs` resolves to (HTTP 200). */
export type GetSegmentExportJobsOutput = operations["GetSegmentExportJobs"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/segments/{segment-id}/jobs/import` */
export const GetSegmentImportJobsOperation: OperationDescriptor = { operationId: "GetSegmentImportJobs", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}/jobs/import", errors: documentedErrors };

/** What `getSegmentImportJobs` takes: the spec's own parameter names, by location. */
export interface GetSegmentImportJobsInput {
  path: NonNullable<operations["GetSegmentImportJobs"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetSegmentImportJobs"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetSegmentImportJobs"]["parameters"]["header"]>;
}

/** What `getSegmentImportJobs` resolves to (HTTP 200). */
export type GetSegmentImportJobsOutput = operations["GetSegmentImportJobs"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/segments/{segment-id}/versions` */
export const GetSegmentVersionsOperation: OperationDescriptor = { operationId: "GetSegmentVersions", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}/versions", errors: documentedErrors };

/** What `getSegmentVersions` takes: the spec's own parameter names, by location. */
export interface GetSegmentVersionsInput {
  path: NonNullable<operations["GetSegmentVersions"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetSegmentVersions"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetSegmentVersions"]["parameters"]["header"]>;
}

/** What `getSegmentVersions` resolves to (HTTP 200). */
export type GetSegmentVersionsOutput = operations["GetSegmentVersions"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/segments/{segment-id}/versions/{version}` */
export const GetSegmentVersionOperation: OperationDescriptor = { operationId: "GetSegmentVersion", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}/versions/{version}", errors: documentedErrors };

/** What `getSegmentVersion` takes: the spec's own parameter names, by location. */
export interface GetSegmentVersionInput {
  path: NonNullable<operations["GetSegmentVersion"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetSegmentVersion"]["parameters"]["header"]>;
}

/** What `getSegmentVersion` resolves to (HTTP 200). */
export type GetSegmentVersionOutput = operations["GetSegmentVersion"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/settings` */
export const GetApplicationSettingsOperation: OperationDescriptor = { operationId: "GetApplicationSettings", method: "get", path: "/v1/apps/{application-id}/settings", errors: documentedErrors };

/** What `getApplicationSettings` takes: the spec's own parameter names, by location. */
export interface GetApplicationSettingsInput {
  path: NonNullable<operations["GetApplicationSettings"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApplicationSettings"]["parameters"]["header"]>;
}

/** What `getApplicationSettings` resolves to (HTTP 200). */
export type GetApplicationSettingsOutput = operations["GetApplicationSettings"]["responses"][200]["content"]["application/json"];

/** `PUT /v1/apps/{application-id}/settings` */
export const UpdateApplicationSettingsOperation: OperationDescriptor = { operationId: "UpdateApplicationSettings", method: "put", path: "/v1/apps/{application-id}/settings", errors: documentedErrors };

/** What `updateApplicationSettings` takes: the spec's own parameter names, by location. */
export interface UpdateApplicationSettingsInput {
  path: NonNullable<operations["UpdateApplicationSettings"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApplicationSettings"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApplicationSettings"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApplicationSettings` resolves to (HTTP 200). */
export type UpdateApplicationSettingsOutput = operations["UpdateApplicationSettings"]["responses"][200]["content"]["application/json"];

/** `POST /v1/apps/{application-id}/users-messages` */
export const SendUsersMessagesOperation: OperationDescriptor = { operationId: "SendUsersMessages", method: "post", path: "/v1/apps/{application-id}/users-messages", errors: documentedErrors };

/** What `sendUsersMessages` takes: the spec's own parameter names, by location. */
export interface SendUsersMessagesInput {
  path: NonNullable<operations["SendUsersMessages"]["parameters"]["path"]>;
  header?: NonNullable<operations["SendUsersMessages"]["parameters"]["header"]>;
  body: NonNullable<operations["SendUsersMessages"]["requestBody"]>["content"]["application/json"];
}

/** What `sendUsersMessages` resolves to (HTTP 200). */
export type SendUsersMessagesOutput = operations["SendUsersMessages"]["responses"][200]["content"]["application/json"];

/** `GET /v1/apps/{application-id}/users/{user-id}` */
export const GetUserEndpointsOperation: OperationDescriptor = { operationId: "GetUserEndpoints", method: "get", path: "/v1/apps/{application-id}/users/{user-id}", errors: documentedErrors };

/** What `getUserEndpoints` takes: the spec's own parameter names, by location. */
export interface GetUserEndpointsInput {
  path: NonNullable<operations["GetUserEndpoints"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetUserEndpoints"]["parameters"]["header"]>;
}

/** What `getUserEndpoints` resolves to (HTTP 200). */
export type GetUserEndpointsOutput = operations["GetUserEndpoints"]["responses"][200]["content"]["application/json"];

/** `DELETE /v1/apps/{application-id}/users/{user-id}` */
export const DeleteUserEndpointsOperation: OperationDescriptor = { operationId: "DeleteUserEndpoints", method: "delete", path: "/v1/apps/{application-id}/users/{user-id}", errors: documentedErrors };

/** What `deleteUserEndpoints` takes: the spec's own parameter names, by location. */
export interface DeleteUserEndpointsInput {
  path: NonNullable<operations["DeleteUserEndpoints"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteUserEndpoints"]["parameters"]["header"]>;
}

/** What `deleteUserEndpoints` resolves to (HTTP 202). */
export type DeleteUserEndpointsOutput = operations["DeleteUserEndpoints"]["responses"][202]["content"]["application/json"];

/** How the client reaches the service; see the README for every option. */
export interface PinpointClientOptions extends TransportOptions {
}

/** A client with one method per operation of Amazon Pinpoint REST API. */
export function createPinpointClient(options: PinpointClientOptions = {}) {
  const http = createHttpClient<paths>(options, server);
  return {
    /**
     * List applications
     *
     * Lists the applications in the account, one page at a time.
     *
     * `GET /v1/apps` (operation `GetApps`)
     * @returns HTTP 200: A page of applications.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getApps: (input: GetAppsInput = {}, options?: CallOptions): Promise<GetAppsOutput> =>
      callOperation<GetAppsOutput>(http, GetAppsOperation, input, options),
    /**
     * Create an application
     *
     * Creates an application (project).
     *
     * `POST /v1/apps` (operation `CreateApp`)
     * @returns HTTP 201: The application was created.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    createApp: (input: CreateAppInput, options?: CallOptions): Promise<CreateAppOutput> =>
      callOperation<CreateAppOutput>(http, CreateAppOperation, input, options),
    /**
     * Get an application
     *
     * Reads one application.
     *
     * `GET /v1/apps/{application-id}` (operation `GetApp`)
     * @returns HTTP 200: The application.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getApp: (input: GetAppInput, options?: CallOptions): Promise<GetAppOutput> =>
      callOperation<GetAppOutput>(http, GetAppOperation, input, options),
    /**
     * Delete an application
     *
     * Deletes an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}` (operation `DeleteApp`)
     * @returns HTTP 200: The deleted application.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteApp: (input: DeleteAppInput, options?: CallOptions): Promise<DeleteAppOutput> =>
      callOperation<DeleteAppOutput>(http, DeleteAppOperation, input, options),
    /**
     * List campaigns
     *
     * Lists the campaigns of an application, one page at a time.
     *
     * `GET /v1/apps/{application-id}/campaigns` (operation `GetCampaigns`)
     * @returns HTTP 200: A page of campaigns.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getCampaigns: (input: GetCampaignsInput, options?: CallOptions): Promise<GetCampaignsOutput> =>
      callOperation<GetCampaignsOutput>(http, GetCampaignsOperation, input, options),
    /**
     * Create a campaign
     *
     * Creates a campaign in an application.
     *
     * `POST /v1/apps/{application-id}/campaigns` (operation `CreateCampaign`)
     * @returns HTTP 201: The campaign was created.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    createCampaign: (input: CreateCampaignInput, options?: CallOptions): Promise<CreateCampaignOutput> =>
      callOperation<CreateCampaignOutput>(http, CreateCampaignOperation, input, options),
    /**
     * Get a campaign
     *
     * Reads one campaign.
     *
     * `GET /v1/apps/{application-id}/campaigns/{campaign-id}` (operation `GetCampaign`)
     * @returns HTTP 200: The campaign.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getCampaign: (input: GetCampaignInput, options?: CallOptions): Promise<GetCampaignOutput> =>
      callOperation<GetCampaignOutput>(http, GetCampaignOperation, input, options),
    /**
     * Update a campaign
     *
     * Changes the settings of a campaign.
     *
     * `PUT /v1/apps/{application-id}/campaigns/{campaign-id}` (operation `UpdateCampaign`)
     * @returns HTTP 200: The updated campaign.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateCampaign: (input: UpdateCampaignInput, options?: CallOptions): Promise<UpdateCampaignOutput> =>
      callOperation<UpdateCampaignOutput>(http, UpdateCampaignOperation, input, options),
    /**
     * Delete a campaign
     *
     * Deletes a campaign and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/campaigns/{campaign-id}` (operation `DeleteCampaign`)
     * @returns HTTP 200: The deleted campaign.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteCampaign: (input: DeleteCampaignInput, options?: CallOptions): Promise<DeleteCampaignOutput> =>
      callOperation<DeleteCampaignOutput>(http, DeleteCampaignOperation, input, options),
    /**
     * List campaign activities
     *
     * Lists the runs of a campaign and their delivery counts, one page at a time.
     *
     * `GET /v1/apps/{application-id}/campaigns/{campaign-id}/activities` (operation `GetCampaignActivities`)
     * @returns HTTP 200: A page of campaign activities.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getCampaignActivities: (input: GetCampaignActivitiesInput, options?: CallOptions): Promise<GetCampaignActivitiesOutput> =>
      callOperation<GetCampaignActivitiesOutput>(http, GetCampaignActivitiesOperation, input, options),
    /**
     * List campaign versions
     *
     * Lists the versions of a campaign, one page at a time.
     *
     * `GET /v1/apps/{application-id}/campaigns/{campaign-id}/versions` (operation `GetCampaignVersions`)
     * @returns HTTP 200: A page of campaign versions.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getCampaignVersions: (input: GetCampaignVersionsInput, options?: CallOptions): Promise<GetCampaignVersionsOutput> =>
      callOperation<GetCampaignVersionsOutput>(http, GetCampaignVersionsOperation, input, options),
    /**
     * Get a campaign version
     *
     * Reads one version of a campaign.
     *
     * `GET /v1/apps/{application-id}/campaigns/{campaign-id}/versions/{version}` (operation `GetCampaignVersion`)
     * @returns HTTP 200: The campaign version.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getCampaignVersion: (input: GetCampaignVersionInput, options?: CallOptions): Promise<GetCampaignVersionOutput> =>
      callOperation<GetCampaignVersionOutput>(http, GetCampaignVersionOperation, input, options),
    /**
     * Get the ADM channel
     *
     * Reads the ADM channel of an application.
     *
     * `GET /v1/apps/{application-id}/channels/adm` (operation `GetAdmChannel`)
     * @returns HTTP 200: The ADM channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getAdmChannel: (input: GetAdmChannelInput, options?: CallOptions): Promise<GetAdmChannelOutput> =>
      callOperation<GetAdmChannelOutput>(http, GetAdmChannelOperation, input, options),
    /**
     * Update the ADM channel
     *
     * Sets up or changes the ADM channel of an application.
     *
     * `PUT /v1/apps/{application-id}/channels/adm` (operation `UpdateAdmChannel`)
     * @returns HTTP 200: The ADM channel as updated.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateAdmChannel: (input: UpdateAdmChannelInput, options?: CallOptions): Promise<UpdateAdmChannelOutput> =>
      callOperation<UpdateAdmChannelOutput>(http, UpdateAdmChannelOperation, input, options),
    /**
     * Delete the ADM channel
     *
     * Removes the ADM channel of an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/channels/adm` (operation `DeleteAdmChannel`)
     * @returns HTTP 200: The deleted ADM channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteAdmChannel: (input: DeleteAdmChannelInput, options?: CallOptions): Promise<DeleteAdmChannelOutput> =>
      callOperation<DeleteAdmChannelOutput>(http, DeleteAdmChannelOperation, input, options),
    /**
     * Get the APNs channel
     *
     * Reads the APNs channel of an application.
     *
     * `GET /v1/apps/{application-id}/channels/apns` (operation `GetApnsChannel`)
     * @returns HTTP 200: The APNs channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getApnsChannel: (input: GetApnsChannelInput, options?: CallOptions): Promise<GetApnsChannelOutput> =>
      callOperation<GetApnsChannelOutput>(http, GetApnsChannelOperation, input, options),
    /**
     * Update the APNs channel
     *
     * Sets up or changes the APNs channel of an application.
     *
     * `PUT /v1/apps/{application-id}/channels/apns` (operation `UpdateApnsChannel`)
     * @returns HTTP 200: The APNs channel as updated.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateApnsChannel: (input: UpdateApnsChannelInput, options?: CallOptions): Promise<UpdateApnsChannelOutput> =>
      callOperation<UpdateApnsChannelOutput>(http, UpdateApnsChannelOperation, input, options),
    /**
     * Delete the APNs channel
     *
     * Removes the APNs channel of an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/channels/apns` (operation `DeleteApnsChannel`)
     * @returns HTTP 200: The deleted APNs channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteApnsChannel: (input: DeleteApnsChannelInput, options?: CallOptions): Promise<DeleteApnsChannelOutput> =>
      callOperation<DeleteApnsChannelOutput>(http, DeleteApnsChannelOperation, input, options),
    /**
     * Get the APNs sandbox channel
     *
     * Reads the APNs sandbox channel of an application.
     *
     * `GET /v1/apps/{application-id}/channels/apns_sandbox` (operation `GetApnsSandboxChannel`)
     * @returns HTTP 200: The APNs sandbox channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getApnsSandboxChannel: (input: GetApnsSandboxChannelInput, options?: CallOptions): Promise<GetApnsSandboxChannelOutput> =>
      callOperation<GetApnsSandboxChannelOutput>(http, GetApnsSandboxChannelOperation, input, options),
    /**
     * Update the APNs sandbox channel
     *
     * Sets up or changes the APNs sandbox channel of an application.
     *
     * `PUT /v1/apps/{application-id}/channels/apns_sandbox` (operation `UpdateApnsSandboxChannel`)
     * @returns HTTP 200: The APNs sandbox channel as updated.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateApnsSandboxChannel: (input: UpdateApnsSandboxChannelInput, options?: CallOptions): Promise<UpdateApnsSandboxChannelOutput> =>
      callOperation<UpdateApnsSandboxChannelOutput>(http, UpdateApnsSandboxChannelOperation, input, options),
    /**
     * Delete the APNs sandbox channel
     *
     * Removes the APNs sandbox channel of an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/channels/apns_sandbox` (operation `DeleteApnsSandboxChannel`)
     * @returns HTTP 200: The deleted APNs sandbox channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteApnsSandboxChannel: (input: DeleteApnsSandboxChannelInput, options?: CallOptions): Promise<DeleteApnsSandboxChannelOutput> =>
      callOperation<DeleteApnsSandboxChannelOutput>(http, DeleteApnsSandboxChannelOperation, input, options),
    /**
     * Get the APNs VoIP channel
     *
     * Reads the APNs VoIP channel of an application.
     *
     * `GET /v1/apps/{application-id}/channels/apns_voip` (operation `GetApnsVoipChannel`)
     * @returns HTTP 200: The APNs VoIP channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getApnsVoipChannel: (input: GetApnsVoipChannelInput, options?: CallOptions): Promise<GetApnsVoipChannelOutput> =>
      callOperation<GetApnsVoipChannelOutput>(http, GetApnsVoipChannelOperation, input, options),
    /**
     * Update the APNs VoIP channel
     *
     * Sets up or changes the APNs VoIP channel of an application.
     *
     * `PUT /v1/apps/{application-id}/channels/apns_voip` (operation `UpdateApnsVoipChannel`)
     * @returns HTTP 200: The APNs VoIP channel as updated.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateApnsVoipChannel: (input: UpdateApnsVoipChannelInput, options?: CallOptions): Promise<UpdateApnsVoipChannelOutput> =>
      callOperation<UpdateApnsVoipChannelOutput>(http, UpdateApnsVoipChannelOperation, input, options),
    /**
     * Delete the APNs VoIP channel
     *
     * Removes the APNs VoIP channel of an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/channels/apns_voip` (operation `DeleteApnsVoipChannel`)
     * @returns HTTP 200: The deleted APNs VoIP channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteApnsVoipChannel: (input: DeleteApnsVoipChannelInput, options?: CallOptions): Promise<DeleteApnsVoipChannelOutput> =>
      callOperation<DeleteApnsVoipChannelOutput>(http, DeleteApnsVoipChannelOperation, input, options),
    /**
     * Get the APNs VoIP sandbox channel
     *
     * Reads the APNs VoIP sandbox channel of an application.
     *
     * `GET /v1/apps/{application-id}/channels/apns_voip_sandbox` (operation `GetApnsVoipSandboxChannel`)
     * @returns HTTP 200: The APNs VoIP sandbox channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getApnsVoipSandboxChannel: (input: GetApnsVoipSandboxChannelInput, options?: CallOptions): Promise<GetApnsVoipSandboxChannelOutput> =>
      callOperation<GetApnsVoipSandboxChannelOutput>(http, GetApnsVoipSandboxChannelOperation, input, options),
    /**
     * Update the APNs VoIP sandbox channel
     *
     * Sets up or changes the APNs VoIP sandbox channel of an application.
     *
     * `PUT /v1/apps/{application-id}/channels/apns_voip_sandbox` (operation `UpdateApnsVoipSandboxChannel`)
     * @returns HTTP 200: The APNs VoIP sandbox channel as updated.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateApnsVoipSandboxChannel: (input: UpdateApnsVoipSandboxChannelInput, options?: CallOptions): Promise<UpdateApnsVoipSandboxChannelOutput> =>
      callOperation<UpdateApnsVoipSandboxChannelOutput>(http, UpdateApnsVoipSandboxChannelOperation, input, options),
    /**
     * Delete the APNs VoIP sandbox channel
     *
     * Removes the APNs VoIP sandbox channel of an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/channels/apns_voip_sandbox` (operation `DeleteApnsVoipSandboxChannel`)
     * @returns HTTP 200: The deleted APNs VoIP sandbox channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteApnsVoipSandboxChannel: (input: DeleteApnsVoipSandboxChannelInput, options?: CallOptions): Promise<DeleteApnsVoipSandboxChannelOutput> =>
      callOperation<DeleteApnsVoipSandboxChannelOutput>(http, DeleteApnsVoipSandboxChannelOperation, input, options),
    /**
     * Get the Baidu channel
     *
     * Reads the Baidu channel of an application.
     *
     * `GET /v1/apps/{application-id}/channels/baidu` (operation `GetBaiduChannel`)
     * @returns HTTP 200: The Baidu channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getBaiduChannel: (input: GetBaiduChannelInput, options?: CallOptions): Promise<GetBaiduChannelOutput> =>
      callOperation<GetBaiduChannelOutput>(http, GetBaiduChannelOperation, input, options),
    /**
     * Update the Baidu channel
     *
     * Sets up or changes the Baidu channel of an application.
     *
     * `PUT /v1/apps/{application-id}/channels/baidu` (operation `UpdateBaiduChannel`)
     * @returns HTTP 200: The Baidu channel as updated.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateBaiduChannel: (input: UpdateBaiduChannelInput, options?: CallOptions): Promise<UpdateBaiduChannelOutput> =>
      callOperation<UpdateBaiduChannelOutput>(http, UpdateBaiduChannelOperation, input, options),
    /**
     * Delete the Baidu channel
     *
     * Removes the Baidu channel of an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/channels/baidu` (operation `DeleteBaiduChannel`)
     * @returns HTTP 200: The deleted Baidu channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteBaiduChannel: (input: DeleteBaiduChannelInput, options?: CallOptions): Promise<DeleteBaiduChannelOutput> =>
      callOperation<DeleteBaiduChannelOutput>(http, DeleteBaiduChannelOperation, input, options),
    /**
     * Get the email channel
     *
     * Reads the email channel of an application.
     *
     * `GET /v1/apps/{application-id}/channels/email` (operation `GetEmailChannel`)
     * @returns HTTP 200: The email channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getEmailChannel: (input: GetEmailChannelInput, options?: CallOptions): Promise<GetEmailChannelOutput> =>
      callOperation<GetEmailChannelOutput>(http, GetEmailChannelOperation, input, options),
    /**
     * Update the email channel
     *
     * Sets up or changes the email channel of an application.
     *
     * `PUT /v1/apps/{application-id}/channels/email` (operation `UpdateEmailChannel`)
     * @returns HTTP 200: The email channel as updated.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateEmailChannel: (input: UpdateEmailChannelInput, options?: CallOptions): Promise<UpdateEmailChannelOutput> =>
      callOperation<UpdateEmailChannelOutput>(http, UpdateEmailChannelOperation, input, options),
    /**
     * Delete the email channel
     *
     * Removes the email channel of an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/channels/email` (operation `DeleteEmailChannel`)
     * @returns HTTP 200: The deleted email channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteEmailChannel: (input: DeleteEmailChannelInput, options?: CallOptions): Promise<DeleteEmailChannelOutput> =>
      callOperation<DeleteEmailChannelOutput>(http, DeleteEmailChannelOperation, input, options),
    /**
     * Get the GCM channel
     *
     * Reads the GCM channel of an application.
     *
     * `GET /v1/apps/{application-id}/channels/gcm` (operation `GetGcmChannel`)
     * @returns HTTP 200: The GCM channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getGcmChannel: (input: GetGcmChannelInput, options?: CallOptions): Promise<GetGcmChannelOutput> =>
      callOperation<GetGcmChannelOutput>(http, GetGcmChannelOperation, input, options),
    /**
     * Update the GCM channel
     *
     * Sets up or changes the GCM channel of an application.
     *
     * `PUT /v1/apps/{application-id}/channels/gcm` (operation `UpdateGcmChannel`)
     * @returns HTTP 200: The GCM channel as updated.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateGcmChannel: (input: UpdateGcmChannelInput, options?: CallOptions): Promise<UpdateGcmChannelOutput> =>
      callOperation<UpdateGcmChannelOutput>(http, UpdateGcmChannelOperation, input, options),
    /**
     * Delete the GCM channel
     *
     * Removes the GCM channel of an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/channels/gcm` (operation `DeleteGcmChannel`)
     * @returns HTTP 200: The deleted GCM channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteGcmChannel: (input: DeleteGcmChannelInput, options?: CallOptions): Promise<DeleteGcmChannelOutput> =>
      callOperation<DeleteGcmChannelOutput>(http, DeleteGcmChannelOperation, input, options),
    /**
     * Get the SMS channel
     *
     * Reads the SMS channel of an application.
     *
     * `GET /v1/apps/{application-id}/channels/sms` (operation `GetSmsChannel`)
     * @returns HTTP 200: The SMS channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getSmsChannel: (input: GetSmsChannelInput, options?: CallOptions): Promise<GetSmsChannelOutput> =>
      callOperation<GetSmsChannelOutput>(http, GetSmsChannelOperation, input, options),
    /**
     * Update the SMS channel
     *
     * Sets up or changes the SMS channel of an application.
     *
     * `PUT /v1/apps/{application-id}/channels/sms` (operation `UpdateSmsChannel`)
     * @returns HTTP 200: The SMS channel as updated.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateSmsChannel: (input: UpdateSmsChannelInput, options?: CallOptions): Promise<UpdateSmsChannelOutput> =>
      callOperation<UpdateSmsChannelOutput>(http, UpdateSmsChannelOperation, input, options),
    /**
     * Delete the SMS channel
     *
     * Removes the SMS channel of an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/channels/sms` (operation `DeleteSmsChannel`)
     * @returns HTTP 200: The deleted SMS channel.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteSmsChannel: (input: DeleteSmsChannelInput, options?: CallOptions): Promise<DeleteSmsChannelOutput> =>
      callOperation<DeleteSmsChannelOutput>(http, DeleteSmsChannelOperation, input, options),
    /**
     * Update endpoints in bulk
     *
     * Creates or updates up to 100 endpoints of an application in one call.
     *
     * `PUT /v1/apps/{application-id}/endpoints` (operation `UpdateEndpointsBatch`)
     * @returns HTTP 202: The batch was accepted.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateEndpointsBatch: (input: UpdateEndpointsBatchInput, options?: CallOptions): Promise<UpdateEndpointsBatchOutput> =>
      callOperation<UpdateEndpointsBatchOutput>(http, UpdateEndpointsBatchOperation, input, options),
    /**
     * Get an endpoint
     *
     * Reads the settings and attributes of one endpoint of an application.
     *
     * `GET /v1/apps/{application-id}/endpoints/{endpoint-id}` (operation `GetEndpoint`)
     * @returns HTTP 200: The endpoint.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getEndpoint: (input: GetEndpointInput, options?: CallOptions): Promise<GetEndpointOutput> =>
      callOperation<GetEndpointOutput>(http, GetEndpointOperation, input, options),
    /**
     * Create or update an endpoint
     *
     * Creates the endpoint or changes its settings and custom attributes, metrics and user attributes.
     *
     * `PUT /v1/apps/{application-id}/endpoints/{endpoint-id}` (operation `UpdateEndpoint`)
     * @returns HTTP 202: The update was accepted; processing may still be under way.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateEndpoint: (input: UpdateEndpointInput, options?: CallOptions): Promise<UpdateEndpointOutput> =>
      callOperation<UpdateEndpointOutput>(http, UpdateEndpointOperation, input, options),
    /**
     * Delete an endpoint
     *
     * Removes an endpoint from an application and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/endpoints/{endpoint-id}` (operation `DeleteEndpoint`)
     * @returns HTTP 202: The deletion was accepted; processing may still be under way.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteEndpoint: (input: DeleteEndpointInput, options?: CallOptions): Promise<DeleteEndpointOutput> =>
      callOperation<DeleteEndpointOutput>(http, DeleteEndpointOperation, input, options),
    /**
     * Record events
     *
     * Records events for endpoints, creating or updating those endpoints as needed.
     *
     * `POST /v1/apps/{application-id}/events` (operation `PutEvents`)
     * @returns HTTP 202: The events were accepted; the body gives the outcome per endpoint and event.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    putEvents: (input: PutEventsInput, options?: CallOptions): Promise<PutEventsOutput> =>
      callOperation<PutEventsOutput>(http, PutEventsOperation, input, options),
    /**
     * Get the event stream
     *
     * Reads the event stream settings of an application.
     *
     * `GET /v1/apps/{application-id}/eventstream` (operation `GetEventStream`)
     * @returns HTTP 200: The application's event stream.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getEventStream: (input: GetEventStreamInput, options?: CallOptions): Promise<GetEventStreamOutput> =>
      callOperation<GetEventStreamOutput>(http, GetEventStreamOperation, input, options),
    /**
     * Create or update the event stream
     *
     * Sets the Kinesis stream or Firehose delivery stream that receives an application's events.
     *
     * `POST /v1/apps/{application-id}/eventstream` (operation `PutEventStream`)
     * @returns HTTP 200: The event stream as saved.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    putEventStream: (input: PutEventStreamInput, options?: CallOptions): Promise<PutEventStreamOutput> =>
      callOperation<PutEventStreamOutput>(http, PutEventStreamOperation, input, options),
    /**
     * Delete the event stream
     *
     * Removes an application's event stream and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/eventstream` (operation `DeleteEventStream`)
     * @returns HTTP 200: The deleted event stream.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteEventStream: (input: DeleteEventStreamInput, options?: CallOptions): Promise<DeleteEventStreamOutput> =>
      callOperation<DeleteEventStreamOutput>(http, DeleteEventStreamOperation, input, options),
    /**
     * List export jobs
     *
     * Lists the application's endpoint export jobs, one page at a time.
     *
     * `GET /v1/apps/{application-id}/jobs/export` (operation `GetExportJobs`)
     * @returns HTTP 200: A page of export jobs.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getExportJobs: (input: GetExportJobsInput, options?: CallOptions): Promise<GetExportJobsOutput> =>
      callOperation<GetExportJobsOutput>(http, GetExportJobsOperation, input, options),
    /**
     * Create an export job
     *
     * Starts a job that writes the application's endpoints to Amazon S3.
     *
     * `POST /v1/apps/{application-id}/jobs/export` (operation `CreateExportJob`)
     * @returns HTTP 202: The export job was accepted.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    createExportJob: (input: CreateExportJobInput, options?: CallOptions): Promise<CreateExportJobOutput> =>
      callOperation<CreateExportJobOutput>(http, CreateExportJobOperation, input, options),
    /**
     * Get an export job
     *
     * Reads the status and settings of one export job.
     *
     * `GET /v1/apps/{application-id}/jobs/export/{job-id}` (operation `GetExportJob`)
     * @returns HTTP 200: The export job.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getExportJob: (input: GetExportJobInput, options?: CallOptions): Promise<GetExportJobOutput> =>
      callOperation<GetExportJobOutput>(http, GetExportJobOperation, input, options),
    /**
     * List import jobs
     *
     * Lists the application's endpoint import jobs, one page at a time.
     *
     * `GET /v1/apps/{application-id}/jobs/import` (operation `GetImportJobs`)
     * @returns HTTP 200: A page of import jobs.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getImportJobs: (input: GetImportJobsInput, options?: CallOptions): Promise<GetImportJobsOutput> =>
      callOperation<GetImportJobsOutput>(http, GetImportJobsOperation, input, options),
    /**
     * Create an import job
     *
     * Starts a job that reads endpoint definitions from Amazon S3 into the application.
     *
     * `POST /v1/apps/{application-id}/jobs/import` (operation `CreateImportJob`)
     * @returns HTTP 201: The import job was created.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    createImportJob: (input: CreateImportJobInput, options?: CallOptions): Promise<CreateImportJobOutput> =>
      callOperation<CreateImportJobOutput>(http, CreateImportJobOperation, input, options),
    /**
     * Get an import job
     *
     * Reads the status and settings of one import job.
     *
     * `GET /v1/apps/{application-id}/jobs/import/{job-id}` (operation `GetImportJob`)
     * @returns HTTP 200: The import job.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getImportJob: (input: GetImportJobInput, options?: CallOptions): Promise<GetImportJobOutput> =>
      callOperation<GetImportJobOutput>(http, GetImportJobOperation, input, options),
    /**
     * Send a direct message
     *
     * Builds a one-time message and sends it at once to the given addresses and endpoints.
     *
     * `POST /v1/apps/{application-id}/messages` (operation `SendMessages`)
     * @returns HTTP 200: The results of the send.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    sendMessages: (input: SendMessagesInput, options?: CallOptions): Promise<SendMessagesOutput> =>
      callOperation<SendMessagesOutput>(http, SendMessagesOperation, input, options),
    /**
     * Validate a phone number
     *
     * Looks up a phone number and returns its E.164 form, line type, carrier and place of registration.
     *
     * `POST /v1/phone/number/validate` (operation `PhoneNumberValidate`)
     * @returns HTTP 200: What is known about the number.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    phoneNumberValidate: (input: PhoneNumberValidateInput, options?: CallOptions): Promise<PhoneNumberValidateOutput> =>
      callOperation<PhoneNumberValidateOutput>(http, PhoneNumberValidateOperation, input, options),
    /**
     * List segments
     *
     * Lists the segments of an application, one page at a time.
     *
     * `GET /v1/apps/{application-id}/segments` (operation `GetSegments`)
     * @returns HTTP 200: A page of segments.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getSegments: (input: GetSegmentsInput, options?: CallOptions): Promise<GetSegmentsOutput> =>
      callOperation<GetSegmentsOutput>(http, GetSegmentsOperation, input, options),
    /**
     * Create a segment
     *
     * Creates a dimensional segment in an application.
     *
     * `POST /v1/apps/{application-id}/segments` (operation `CreateSegment`)
     * @returns HTTP 201: The segment was created.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    createSegment: (input: CreateSegmentInput, options?: CallOptions): Promise<CreateSegmentOutput> =>
      callOperation<CreateSegmentOutput>(http, CreateSegmentOperation, input, options),
    /**
     * Get a segment
     *
     * Reads one segment, in its latest version.
     *
     * `GET /v1/apps/{application-id}/segments/{segment-id}` (operation `GetSegment`)
     * @returns HTTP 200: The segment.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getSegment: (input: GetSegmentInput, options?: CallOptions): Promise<GetSegmentOutput> =>
      callOperation<GetSegmentOutput>(http, GetSegmentOperation, input, options),
    /**
     * Update a segment
     *
     * Changes the name, dimensions or groups of a segment.
     *
     * `PUT /v1/apps/{application-id}/segments/{segment-id}` (operation `UpdateSegment`)
     * @returns HTTP 200: The updated segment.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateSegment: (input: UpdateSegmentInput, options?: CallOptions): Promise<UpdateSegmentOutput> =>
      callOperation<UpdateSegmentOutput>(http, UpdateSegmentOperation, input, options),
    /**
     * Delete a segment
     *
     * Deletes a segment and answers with what it was.
     *
     * `DELETE /v1/apps/{application-id}/segments/{segment-id}` (operation `DeleteSegment`)
     * @returns HTTP 200: The deleted segment.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteSegment: (input: DeleteSegmentInput, options?: CallOptions): Promise<DeleteSegmentOutput> =>
      callOperation<DeleteSegmentOutput>(http, DeleteSegmentOperation, input, options),
    /**
     * List a segment's export jobs
     *
     * Lists the export jobs of one segment, one page at a time.
     *
     * `GET /v1/apps/{application-id}/segments/{segment-id}/jobs/export` (operation `GetSegmentExportJobs`)
     * @returns HTTP 200: A page of the segment's export jobs.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getSegmentExportJobs: (input: GetSegmentExportJobsInput, options?: CallOptions): Promise<GetSegmentExportJobsOutput> =>
      callOperation<GetSegmentExportJobsOutput>(http, GetSegmentExportJobsOperation, input, options),
    /**
     * List a segment's import jobs
     *
     * Lists the import jobs of one segment, one page at a time.
     *
     * `GET /v1/apps/{application-id}/segments/{segment-id}/jobs/import` (operation `GetSegmentImportJobs`)
     * @returns HTTP 200: A page of the segment's import jobs.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getSegmentImportJobs: (input: GetSegmentImportJobsInput, options?: CallOptions): Promise<GetSegmentImportJobsOutput> =>
      callOperation<GetSegmentImportJobsOutput>(http, GetSegmentImportJobsOperation, input, options),
    /**
     * List segment versions
     *
     * Lists the versions of one segment, one page at a time.
     *
     * `GET /v1/apps/{application-id}/segments/{segment-id}/versions` (operation `GetSegmentVersions`)
     * @returns HTTP 200: A page of segment versions.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getSegmentVersions: (input: GetSegmentVersionsInput, options?: CallOptions): Promise<GetSegmentVersionsOutput> =>
      callOperation<GetSegmentVersionsOutput>(http, GetSegmentVersionsOperation, input, options),
    /**
     * Get a segment version
     *
     * Reads one version of a segment.
     *
     * `GET /v1/apps/{application-id}/segments/{segment-id}/versions/{version}` (operation `GetSegmentVersion`)
     * @returns HTTP 200: The segment as it was in that version.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getSegmentVersion: (input: GetSegmentVersionInput, options?: CallOptions): Promise<GetSegmentVersionOutput> =>
      callOperation<GetSegmentVersionOutput>(http, GetSegmentVersionOperation, input, options),
    /**
     * Get application settings
     *
     * Reads the default settings of an application.
     *
     * `GET /v1/apps/{application-id}/settings` (operation `GetApplicationSettings`)
     * @returns HTTP 200: The application's settings.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getApplicationSettings: (input: GetApplicationSettingsInput, options?: CallOptions): Promise<GetApplicationSettingsOutput> =>
      callOperation<GetApplicationSettingsOutput>(http, GetApplicationSettingsOperation, input, options),
    /**
     * Update application settings
     *
     * Changes the default settings of an application.
     *
     * `PUT /v1/apps/{application-id}/settings` (operation `UpdateApplicationSettings`)
     * @returns HTTP 200: The updated settings.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    updateApplicationSettings: (input: UpdateApplicationSettingsInput, options?: CallOptions): Promise<UpdateApplicationSettingsOutput> =>
      callOperation<UpdateApplicationSettingsOutput>(http, UpdateApplicationSettingsOperation, input, options),
    /**
     * Message users
     *
     * Sends a direct message to all endpoints of up to 100 users, at once.
     *
     * `POST /v1/apps/{application-id}/users-messages` (operation `SendUsersMessages`)
     * @returns HTTP 200: The delivery results per user and endpoint.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    sendUsersMessages: (input: SendUsersMessagesInput, options?: CallOptions): Promise<SendUsersMessagesOutput> =>
      callOperation<SendUsersMessagesOutput>(http, SendUsersMessagesOperation, input, options),
    /**
     * List a user's endpoints
     *
     * Lists every endpoint tied to a user ID.
     *
     * `GET /v1/apps/{application-id}/users/{user-id}` (operation `GetUserEndpoints`)
     * @returns HTTP 200: The user's endpoints.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    getUserEndpoints: (input: GetUserEndpointsInput, options?: CallOptions): Promise<GetUserEndpointsOutput> =>
      callOperation<GetUserEndpointsOutput>(http, GetUserEndpointsOperation, input, options),
    /**
     * Delete a user's endpoints
     *
     * Removes every endpoint tied to a user ID and answers with what they were.
     *
     * `DELETE /v1/apps/{application-id}/users/{user-id}` (operation `DeleteUserEndpoints`)
     * @returns HTTP 202: The deletion was accepted; processing may still be under way.
     * @throws {BadRequestException} HTTP 400: The request is malformed. (BadRequestException)
     * @throws {ForbiddenException} HTTP 403: Access to the resource is denied. (ForbiddenException)
     * @throws {NotFoundException} HTTP 404: The resource does not exist. (NotFoundException)
     * @throws {MethodNotAllowedException} HTTP 405: The resource does not support this method. (MethodNotAllowedException)
     * @throws {TooManyRequestsException} HTTP 429: Too many requests in a short time. (TooManyRequestsException)
     * @throws {InternalServerErrorException} HTTP 500: The service failed unexpectedly. (InternalServerErrorException)
     */
    deleteUserEndpoints: (input: DeleteUserEndpointsInput, options?: CallOptions): Promise<DeleteUserEndpointsOutput> =>
      callOperation<DeleteUserEndpointsOutput>(http, DeleteUserEndpointsOperation, input, options),
  }
    ;
}

export type PinpointClient = ReturnType<typeof createPinpointClient>;
