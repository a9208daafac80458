// Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.
import type { operations } from "./types.js";
import { bindOperation, callOperation, type CallOptions, type OperationDescriptor } from "./runtime/call.js";
import { createConnection, type Connection, type ServiceInfo, type TransportOptions } from "./runtime/transport.js";
import { BadRequestException, ForbiddenException, InternalServerErrorException, MethodNotAllowedException, NotFoundException, TooManyRequestsException } from "./errors.js";

export type { CallOptions, OperationDescriptor } from "./runtime/call.js";
export { bindOperation } from "./runtime/call.js";
export type { Connection, FetchLike, HeadersLike, HttpRequest, HttpResponse, MockPreferences, RequestHandler, ServerTemplate, ServiceInfo, TransportLayer, TransportOptions, ValidationOptions } from "./runtime/transport.js";
export type { Credentials, CredentialsProvider, SigningCrypto } from "./runtime/signing.js";
export type { RetryOptions } from "./runtime/retry.js";
export { paginate, paginatePages } from "./runtime/paginate.js";

/** Where the service is, and how its requests are signed. */
export const service: ServiceInfo = { "server": { "url": "https://pinpoint.{region}.amazonaws.com", "variables": { "region": "us-east-1" } }, "signingName": "mobiletargeting" };
const documentedErrors = { 400: BadRequestException, 403: ForbiddenException, 404: NotFoundException, 405: MethodNotAllowedException, 429: TooManyRequestsException, 500: InternalServerErrorException };
/** `GET /v1/apps` */
export const GetAppsOperation: OperationDescriptor = { operationId: "GetApps", method: "get", path: "/v1/apps", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetAppsResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getApps` takes: the spec's own parameter names, by location. */
export interface GetAppsInput {
  query?: NonNullable<operations["GetApps"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetApps"]["parameters"]["header"]>;
}

/** What `getApps` resolves to (HTTP 200). */
export type GetAppsOutput = operations["GetApps"]["responses"][200]["content"]["application/json"];

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
export function getApps(connection: Connection, input: GetAppsInput = {}, options?: CallOptions): Promise<GetAppsOutput> {
  return callOperation<GetAppsOutput>(connection, GetAppsOperation, input, options);
}

/** `POST /v1/apps` */
export const CreateAppOperation: OperationDescriptor = { operationId: "CreateApp", method: "post", path: "/v1/apps", errors: documentedErrors, success: { 201: "json" }, validators: { request: "validateCreateAppRequest", responses: { 201: "validateCreateAppResponse201" } } };

/** What `createApp` takes: the spec's own parameter names, by location. */
export interface CreateAppInput {
  header?: NonNullable<operations["CreateApp"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateApp"]["requestBody"]>["content"]["application/json"];
}

/** What `createApp` resolves to (HTTP 201). */
export type CreateAppOutput = operations["CreateApp"]["responses"][201]["content"]["application/json"];

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
export function createApp(connection: Connection, input: CreateAppInput, options?: CallOptions): Promise<CreateAppOutput> {
  return callOperation<CreateAppOutput>(connection, CreateAppOperation, input, options);
}

/** `GET /v1/apps/{application-id}` */
export const GetAppOperation: OperationDescriptor = { operationId: "GetApp", method: "get", path: "/v1/apps/{application-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetAppResponse200" } } };

/** What `getApp` takes: the spec's own parameter names, by location. */
export interface GetAppInput {
  path: NonNullable<operations["GetApp"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApp"]["parameters"]["header"]>;
}

/** What `getApp` resolves to (HTTP 200). */
export type GetAppOutput = operations["GetApp"]["responses"][200]["content"]["application/json"];

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
export function getApp(connection: Connection, input: GetAppInput, options?: CallOptions): Promise<GetAppOutput> {
  return callOperation<GetAppOutput>(connection, GetAppOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}` */
export const DeleteAppOperation: OperationDescriptor = { operationId: "DeleteApp", method: "delete", path: "/v1/apps/{application-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteAppResponse200" } } };

/** What `deleteApp` takes: the spec's own parameter names, by location. */
export interface DeleteAppInput {
  path: NonNullable<operations["DeleteApp"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApp"]["parameters"]["header"]>;
}

/** What `deleteApp` resolves to (HTTP 200). */
export type DeleteAppOutput = operations["DeleteApp"]["responses"][200]["content"]["application/json"];

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
export function deleteApp(connection: Connection, input: DeleteAppInput, options?: CallOptions): Promise<DeleteAppOutput> {
  return callOperation<DeleteAppOutput>(connection, DeleteAppOperation, input, options);
}

/** `GET /v1/apps/{application-id}/campaigns` */
export const GetCampaignsOperation: OperationDescriptor = { operationId: "GetCampaigns", method: "get", path: "/v1/apps/{application-id}/campaigns", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetCampaignsResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getCampaigns` takes: the spec's own parameter names, by location. */
export interface GetCampaignsInput {
  path: NonNullable<operations["GetCampaigns"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetCampaigns"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetCampaigns"]["parameters"]["header"]>;
}

/** What `getCampaigns` resolves to (HTTP 200). */
export type GetCampaignsOutput = operations["GetCampaigns"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
 */
export function getCampaigns(connection: Connection, input: GetCampaignsInput, options?: CallOptions): Promise<GetCampaignsOutput> {
  return callOperation<GetCampaignsOutput>(connection, GetCampaignsOperation, input, options);
}

/** `POST /v1/apps/{application-id}/campaigns` */
export const CreateCampaignOperation: OperationDescriptor = { operationId: "CreateCampaign", method: "post", path: "/v1/apps/{application-id}/campaigns", errors: documentedErrors, success: { 201: "json" }, validators: { request: "validateCreateCampaignRequest", responses: { 201: "validateCreateCampaignResponse201" } } };

/** What `createCampaign` takes: the spec's own parameter names, by location. */
export interface CreateCampaignInput {
  path: NonNullable<operations["CreateCampaign"]["parameters"]["path"]>;
  header?: NonNullable<operations["CreateCampaign"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateCampaign"]["requestBody"]>["content"]["application/json"];
}

/** What `createCampaign` resolves to (HTTP 201). */
export type CreateCampaignOutput = operations["CreateCampaign"]["responses"][201]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
 */
export function createCampaign(connection: Connection, input: CreateCampaignInput, options?: CallOptions): Promise<CreateCampaignOutput> {
  return callOperation<CreateCampaignOutput>(connection, CreateCampaignOperation, input, options);
}

/** `GET /v1/apps/{application-id}/campaigns/{campaign-id}` */
export const GetCampaignOperation: OperationDescriptor = { operationId: "GetCampaign", method: "get", path: "/v1/apps/{application-id}/campaigns/{campaign-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetCampaignResponse200" } } };

/** What `getCampaign` takes: the spec's own parameter names, by location. */
export interface GetCampaignInput {
  path: NonNullable<operations["GetCampaign"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetCampaign"]["parameters"]["header"]>;
}

/** What `getCampaign` resolves to (HTTP 200). */
export type GetCampaignOutput = operations["GetCampaign"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
 */
export function getCampaign(connection: Connection, input: GetCampaignInput, options?: CallOptions): Promise<GetCampaignOutput> {
  return callOperation<GetCampaignOutput>(connection, GetCampaignOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/campaigns/{campaign-id}` */
export const UpdateCampaignOperation: OperationDescriptor = { operationId: "UpdateCampaign", method: "put", path: "/v1/apps/{application-id}/campaigns/{campaign-id}", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateCampaignRequest", responses: { 200: "validateUpdateCampaignResponse200" } } };

/** What `updateCampaign` takes: the spec's own parameter names, by location. */
export interface UpdateCampaignInput {
  path: NonNullable<operations["UpdateCampaign"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateCampaign"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateCampaign"]["requestBody"]>["content"]["application/json"];
}

/** What `updateCampaign` resolves to (HTTP 200). */
export type UpdateCampaignOutput = operations["UpdateCampaign"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
 */
export function updateCampaign(connection: Connection, input: UpdateCampaignInput, options?: CallOptions): Promise<UpdateCampaignOutput> {
  return callOperation<UpdateCampaignOutput>(connection, UpdateCampaignOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/campaigns/{campaign-id}` */
export const DeleteCampaignOperation: OperationDescriptor = { operationId: "DeleteCampaign", method: "delete", path: "/v1/apps/{application-id}/campaigns/{campaign-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteCampaignResponse200" } } };

/** What `deleteCampaign` takes: the spec's own parameter names, by location. */
export interface DeleteCampaignInput {
  path: NonNullable<operations["DeleteCampaign"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteCampaign"]["parameters"]["header"]>;
}

/** What `deleteCampaign` resolves to (HTTP 200). */
export type DeleteCampaignOutput = operations["DeleteCampaign"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
 */
export function deleteCampaign(connection: Connection, input: DeleteCampaignInput, options?: CallOptions): Promise<DeleteCampaignOutput> {
  return callOperation<DeleteCampaignOutput>(connection, DeleteCampaignOperation, input, options);
}

/** `GET /v1/apps/{application-id}/campaigns/{campaign-id}/activities` */
export const GetCampaignActivitiesOperation: OperationDescriptor = { operationId: "GetCampaignActivities", method: "get", path: "/v1/apps/{application-id}/campaigns/{campaign-id}/activities", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetCampaignActivitiesResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getCampaignActivities` takes: the spec's own parameter names, by location. */
export interface GetCampaignActivitiesInput {
  path: NonNullable<operations["GetCampaignActivities"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetCampaignActivities"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetCampaignActivities"]["parameters"]["header"]>;
}

/** What `getCampaignActivities` resolves to (HTTP 200). */
export type GetCampaignActivitiesOutput = operations["GetCampaignActivities"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
 */
export function getCampaignActivities(connection: Connection, input: GetCampaignActivitiesInput, options?: CallOptions): Promise<GetCampaignActivitiesOutput> {
  return callOperation<GetCampaignActivitiesOutput>(connection, GetCampaignActivitiesOperation, input, options);
}

/** `GET /v1/apps/{application-id}/campaigns/{campaign-id}/versions` */
export const GetCampaignVersionsOperation: OperationDescriptor = { operationId: "GetCampaignVersions", method: "get", path: "/v1/apps/{application-id}/campaigns/{campaign-id}/versions", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetCampaignVersionsResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getCampaignVersions` takes: the spec's own parameter names, by location. */
export interface GetCampaignVersionsInput {
  path: NonNullable<operations["GetCampaignVersions"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetCampaignVersions"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetCampaignVersions"]["parameters"]["header"]>;
}

/** What `getCampaignVersions` resolves to (HTTP 200). */
export type GetCampaignVersionsOutput = operations["GetCampaignVersions"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
 */
export function getCampaignVersions(connection: Connection, input: GetCampaignVersionsInput, options?: CallOptions): Promise<GetCampaignVersionsOutput> {
  return callOperation<GetCampaignVersionsOutput>(connection, GetCampaignVersionsOperation, input, options);
}

/** `GET /v1/apps/{application-id}/campaigns/{campaign-id}/versions/{version}` */
export const GetCampaignVersionOperation: OperationDescriptor = { operationId: "GetCampaignVersion", method: "get", path: "/v1/apps/{application-id}/campaigns/{campaign-id}/versions/{version}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetCampaignVersionResponse200" } } };

/** What `getCampaignVersion` takes: the spec's own parameter names, by location. */
export interface GetCampaignVersionInput {
  path: NonNullable<operations["GetCampaignVersion"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetCampaignVersion"]["parameters"]["header"]>;
}

/** What `getCampaignVersion` resolves to (HTTP 200). */
export type GetCampaignVersionOutput = operations["GetCampaignVersion"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
 */
export function getCampaignVersion(connection: Connection, input: GetCampaignVersionInput, options?: CallOptions): Promise<GetCampaignVersionOutput> {
  return callOperation<GetCampaignVersionOutput>(connection, GetCampaignVersionOperation, input, options);
}

/** `GET /v1/apps/{application-id}/channels/adm` */
export const GetAdmChannelOperation: OperationDescriptor = { operationId: "GetAdmChannel", method: "get", path: "/v1/apps/{application-id}/channels/adm", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetAdmChannelResponse200" } } };

/** What `getAdmChannel` takes: the spec's own parameter names, by location. */
export interface GetAdmChannelInput {
  path: NonNullable<operations["GetAdmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetAdmChannel"]["parameters"]["header"]>;
}

/** What `getAdmChannel` resolves to (HTTP 200). */
export type GetAdmChannelOutput = operations["GetAdmChannel"]["responses"][200]["content"]["application/json"];

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
export function getAdmChannel(connection: Connection, input: GetAdmChannelInput, options?: CallOptions): Promise<GetAdmChannelOutput> {
  return callOperation<GetAdmChannelOutput>(connection, GetAdmChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/channels/adm` */
export const UpdateAdmChannelOperation: OperationDescriptor = { operationId: "UpdateAdmChannel", method: "put", path: "/v1/apps/{application-id}/channels/adm", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateAdmChannelRequest", responses: { 200: "validateUpdateAdmChannelResponse200" } } };

/** What `updateAdmChannel` takes: the spec's own parameter names, by location. */
export interface UpdateAdmChannelInput {
  path: NonNullable<operations["UpdateAdmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateAdmChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateAdmChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateAdmChannel` resolves to (HTTP 200). */
export type UpdateAdmChannelOutput = operations["UpdateAdmChannel"]["responses"][200]["content"]["application/json"];

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
export function updateAdmChannel(connection: Connection, input: UpdateAdmChannelInput, options?: CallOptions): Promise<UpdateAdmChannelOutput> {
  return callOperation<UpdateAdmChannelOutput>(connection, UpdateAdmChannelOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/channels/adm` */
export const DeleteAdmChannelOperation: OperationDescriptor = { operationId: "DeleteAdmChannel", method: "delete", path: "/v1/apps/{application-id}/channels/adm", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteAdmChannelResponse200" } } };

/** What `deleteAdmChannel` takes: the spec's own parameter names, by location. */
export interface DeleteAdmChannelInput {
  path: NonNullable<operations["DeleteAdmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteAdmChannel"]["parameters"]["header"]>;
}

/** What `deleteAdmChannel` resolves to (HTTP 200). */
export type DeleteAdmChannelOutput = operations["DeleteAdmChannel"]["responses"][200]["content"]["application/json"];

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
export function deleteAdmChannel(connection: Connection, input: DeleteAdmChannelInput, options?: CallOptions): Promise<DeleteAdmChannelOutput> {
  return callOperation<DeleteAdmChannelOutput>(connection, DeleteAdmChannelOperation, input, options);
}

/** `GET /v1/apps/{application-id}/channels/apns` */
export const GetApnsChannelOperation: OperationDescriptor = { operationId: "GetApnsChannel", method: "get", path: "/v1/apps/{application-id}/channels/apns", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetApnsChannelResponse200" } } };

/** What `getApnsChannel` takes: the spec's own parameter names, by location. */
export interface GetApnsChannelInput {
  path: NonNullable<operations["GetApnsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApnsChannel"]["parameters"]["header"]>;
}

/** What `getApnsChannel` resolves to (HTTP 200). */
export type GetApnsChannelOutput = operations["GetApnsChannel"]["responses"][200]["content"]["application/json"];

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
export function getApnsChannel(connection: Connection, input: GetApnsChannelInput, options?: CallOptions): Promise<GetApnsChannelOutput> {
  return callOperation<GetApnsChannelOutput>(connection, GetApnsChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/channels/apns` */
export const UpdateApnsChannelOperation: OperationDescriptor = { operationId: "UpdateApnsChannel", method: "put", path: "/v1/apps/{application-id}/channels/apns", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateApnsChannelRequest", responses: { 200: "validateUpdateApnsChannelResponse200" } } };

/** What `updateApnsChannel` takes: the spec's own parameter names, by location. */
export interface UpdateApnsChannelInput {
  path: NonNullable<operations["UpdateApnsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApnsChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApnsChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApnsChannel` resolves to (HTTP 200). */
export type UpdateApnsChannelOutput = operations["UpdateApnsChannel"]["responses"][200]["content"]["application/json"];

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
export function updateApnsChannel(connection: Connection, input: UpdateApnsChannelInput, options?: CallOptions): Promise<UpdateApnsChannelOutput> {
  return callOperation<UpdateApnsChannelOutput>(connection, UpdateApnsChannelOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/channels/apns` */
export const DeleteApnsChannelOperation: OperationDescriptor = { operationId: "DeleteApnsChannel", method: "delete", path: "/v1/apps/{application-id}/channels/apns", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteApnsChannelResponse200" } } };

/** What `deleteApnsChannel` takes: the spec's own parameter names, by location. */
export interface DeleteApnsChannelInput {
  path: NonNullable<operations["DeleteApnsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApnsChannel"]["parameters"]["header"]>;
}

/** What `deleteApnsChannel` resolves to (HTTP 200). */
export type DeleteApnsChannelOutput = operations["DeleteApnsChannel"]["responses"][200]["content"]["application/json"];

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
export function deleteApnsChannel(connection: Connection, input: DeleteApnsChannelInput, options?: CallOptions): Promise<DeleteApnsChannelOutput> {
  return callOperation<DeleteApnsChannelOutput>(connection, DeleteApnsChannelOperation, input, options);
}

/** `GET /v1/apps/{application-id}/channels/apns_sandbox` */
export const GetApnsSandboxChannelOperation: OperationDescriptor = { operationId: "GetApnsSandboxChannel", method: "get", path: "/v1/apps/{application-id}/channels/apns_sandbox", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetApnsSandboxChannelResponse200" } } };

/** What `getApnsSandboxChannel` takes: the spec's own parameter names, by location. */
export interface GetApnsSandboxChannelInput {
  path: NonNullable<operations["GetApnsSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApnsSandboxChannel"]["parameters"]["header"]>;
}

/** What `getApnsSandboxChannel` resolves to (HTTP 200). */
export type GetApnsSandboxChannelOutput = operations["GetApnsSandboxChannel"]["responses"][200]["content"]["application/json"];

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
export function getApnsSandboxChannel(connection: Connection, input: GetApnsSandboxChannelInput, options?: CallOptions): Promise<GetApnsSandboxChannelOutput> {
  return callOperation<GetApnsSandboxChannelOutput>(connection, GetApnsSandboxChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/channels/apns_sandbox` */
export const UpdateApnsSandboxChannelOperation: OperationDescriptor = { operationId: "UpdateApnsSandboxChannel", method: "put", path: "/v1/apps/{application-id}/channels/apns_sandbox", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateApnsSandboxChannelRequest", responses: { 200: "validateUpdateApnsSandboxChannelResponse200" } } };

/** What `updateApnsSandboxChannel` takes: the spec's own parameter names, by location. */
export interface UpdateApnsSandboxChannelInput {
  path: NonNullable<operations["UpdateApnsSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApnsSandboxChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApnsSandboxChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApnsSandboxChannel` resolves to (HTTP 200). */
export type UpdateApnsSandboxChannelOutput = operations["UpdateApnsSandboxChannel"]["responses"][200]["content"]["application/json"];

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
export function updateApnsSandboxChannel(connection: Connection, input: UpdateApnsSandboxChannelInput, options?: CallOptions): Promise<UpdateApnsSandboxChannelOutput> {
  return callOperation<UpdateApnsSandboxChannelOutput>(connection, UpdateApnsSandboxChannelOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/channels/apns_sandbox` */
export const DeleteApnsSandboxChannelOperation: OperationDescriptor = { operationId: "DeleteApnsSandboxChannel", method: "delete", path: "/v1/apps/{application-id}/channels/apns_sandbox", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteApnsSandboxChannelResponse200" } } };

/** What `deleteApnsSandboxChannel` takes: the spec's own parameter names, by location. */
export interface DeleteApnsSandboxChannelInput {
  path: NonNullable<operations["DeleteApnsSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApnsSandboxChannel"]["parameters"]["header"]>;
}

/** What `deleteApnsSandboxChannel` resolves to (HTTP 200). */
export type DeleteApnsSandboxChannelOutput = operations["DeleteApnsSandboxChannel"]["responses"][200]["content"]["application/json"];

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
export function deleteApnsSandboxChannel(connection: Connection, input: DeleteApnsSandboxChannelInput, options?: CallOptions): Promise<DeleteApnsSandboxChannelOutput> {
  return callOperation<DeleteApnsSandboxChannelOutput>(connection, DeleteApnsSandboxChannelOperation, input, options);
}

/** `GET /v1/apps/{application-id}/channels/apns_voip` */
export const GetApnsVoipChannelOperation: OperationDescriptor = { operationId: "GetApnsVoipChannel", method: "get", path: "/v1/apps/{application-id}/channels/apns_voip", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetApnsVoipChannelResponse200" } } };

/** What `getApnsVoipChannel` takes: the spec's own parameter names, by location. */
export interface GetApnsVoipChannelInput {
  path: NonNullable<operations["GetApnsVoipChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApnsVoipChannel"]["parameters"]["header"]>;
}

/** What `getApnsVoipChannel` resolves to (HTTP 200). */
export type GetApnsVoipChannelOutput = operations["GetApnsVoipChannel"]["responses"][200]["content"]["application/json"];

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
export function getApnsVoipChannel(connection: Connection, input: GetApnsVoipChannelInput, options?: CallOptions): Promise<GetApnsVoipChannelOutput> {
  return callOperation<GetApnsVoipChannelOutput>(connection, GetApnsVoipChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/channels/apns_voip` */
export const UpdateApnsVoipChannelOperation: OperationDescriptor = { operationId: "UpdateApnsVoipChannel", method: "put", path: "/v1/apps/{application-id}/channels/apns_voip", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateApnsVoipChannelRequest", responses: { 200: "validateUpdateApnsVoipChannelResponse200" } } };

/** What `updateApnsVoipChannel` takes: the spec's own parameter names, by location. */
export interface UpdateApnsVoipChannelInput {
  path: NonNullable<operations["UpdateApnsVoipChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApnsVoipChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApnsVoipChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApnsVoipChannel` resolves to (HTTP 200). */
export type UpdateApnsVoipChannelOutput = operations["UpdateApnsVoipChannel"]["responses"][200]["content"]["application/json"];

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
export function updateApnsVoipChannel(connection: Connection, input: UpdateApnsVoipChannelInput, options?: CallOptions): Promise<UpdateApnsVoipChannelOutput> {
  return callOperation<UpdateApnsVoipChannelOutput>(connection, UpdateApnsVoipChannelOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/channels/apns_voip` */
export const DeleteApnsVoipChannelOperation: OperationDescriptor = { operationId: "DeleteApnsVoipChannel", method: "delete", path: "/v1/apps/{application-id}/channels/apns_voip", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteApnsVoipChannelResponse200" } } };

/** What `deleteApnsVoipChannel` takes: the spec's own parameter names, by location. */
export interface DeleteApnsVoipChannelInput {
  path: NonNullable<operations["DeleteApnsVoipChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApnsVoipChannel"]["parameters"]["header"]>;
}

/** What `deleteApnsVoipChannel` resolves to (HTTP 200). */
export type DeleteApnsVoipChannelOutput = operations["DeleteApnsVoipChannel"]["responses"][200]["content"]["application/json"];

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
export function deleteApnsVoipChannel(connection: Connection, input: DeleteApnsVoipChannelInput, options?: CallOptions): Promise<DeleteApnsVoipChannelOutput> {
  return callOperation<DeleteApnsVoipChannelOutput>(connection, DeleteApnsVoipChannelOperation, input, options);
}

/** `GET /v1/apps/{application-id}/channels/apns_voip_sandbox` */
export const GetApnsVoipSandboxChannelOperation: OperationDescriptor = { operationId: "GetApnsVoipSandboxChannel", method: "get", path: "/v1/apps/{application-id}/channels/apns_voip_sandbox", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetApnsVoipSandboxChannelResponse200" } } };

/** What `getApnsVoipSandboxChannel` takes: the spec's own parameter names, by location. */
export interface GetApnsVoipSandboxChannelInput {
  path: NonNullable<operations["GetApnsVoipSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApnsVoipSandboxChannel"]["parameters"]["header"]>;
}

/** What `getApnsVoipSandboxChannel` resolves to (HTTP 200). */
export type GetApnsVoipSandboxChannelOutput = operations["GetApnsVoipSandboxChannel"]["responses"][200]["content"]["application/json"];

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
export function getApnsVoipSandboxChannel(connection: Connection, input: GetApnsVoipSandboxChannelInput, options?: CallOptions): Promise<GetApnsVoipSandboxChannelOutput> {
  return callOperation<GetApnsVoipSandboxChannelOutput>(connection, GetApnsVoipSandboxChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/channels/apns_voip_sandbox` */
export const UpdateApnsVoipSandboxChannelOperation: OperationDescriptor = { operationId: "UpdateApnsVoipSandboxChannel", method: "put", path: "/v1/apps/{application-id}/channels/apns_voip_sandbox", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateApnsVoipSandboxChannelRequest", responses: { 200: "validateUpdateApnsVoipSandboxChannelResponse200" } } };

/** What `updateApnsVoipSandboxChannel` takes: the spec's own parameter names, by location. */
export interface UpdateApnsVoipSandboxChannelInput {
  path: NonNullable<operations["UpdateApnsVoipSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApnsVoipSandboxChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApnsVoipSandboxChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApnsVoipSandboxChannel` resolves to (HTTP 200). */
export type UpdateApnsVoipSandboxChannelOutput = operations["UpdateApnsVoipSandboxChannel"]["responses"][200]["content"]["application/json"];

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
export function updateApnsVoipSandboxChannel(connection: Connection, input: UpdateApnsVoipSandboxChannelInput, options?: CallOptions): Promise<UpdateApnsVoipSandboxChannelOutput> {
  return callOperation<UpdateApnsVoipSandboxChannelOutput>(connection, UpdateApnsVoipSandboxChannelOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/channels/apns_voip_sandbox` */
export const DeleteApnsVoipSandboxChannelOperation: OperationDescriptor = { operationId: "DeleteApnsVoipSandboxChannel", method: "delete", path: "/v1/apps/{application-id}/channels/apns_voip_sandbox", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteApnsVoipSandboxChannelResponse200" } } };

/** What `deleteApnsVoipSandboxChannel` takes: the spec's own parameter names, by location. */
export interface DeleteApnsVoipSandboxChannelInput {
  path: NonNullable<operations["DeleteApnsVoipSandboxChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteApnsVoipSandboxChannel"]["parameters"]["header"]>;
}

/** What `deleteApnsVoipSandboxChannel` resolves to (HTTP 200). */
export type DeleteApnsVoipSandboxChannelOutput = operations["DeleteApnsVoipSandboxChannel"]["responses"][200]["content"]["application/json"];

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
export function deleteApnsVoipSandboxChannel(connection: Connection, input: DeleteApnsVoipSandboxChannelInput, options?: CallOptions): Promise<DeleteApnsVoipSandboxChannelOutput> {
  return callOperation<DeleteApnsVoipSandboxChannelOutput>(connection, DeleteApnsVoipSandboxChannelOperation, input, options);
}

/** `GET /v1/apps/{application-id}/channels/baidu` */
export const GetBaiduChannelOperation: OperationDescriptor = { operationId: "GetBaiduChannel", method: "get", path: "/v1/apps/{application-id}/channels/baidu", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetBaiduChannelResponse200" } } };

/** What `getBaiduChannel` takes: the spec's own parameter names, by location. */
export interface GetBaiduChannelInput {
  path: NonNullable<operations["GetBaiduChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetBaiduChannel"]["parameters"]["header"]>;
}

/** What `getBaiduChannel` resolves to (HTTP 200). */
export type GetBaiduChannelOutput = operations["GetBaiduChannel"]["responses"][200]["content"]["application/json"];

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
export function getBaiduChannel(connection: Connection, input: GetBaiduChannelInput, options?: CallOptions): Promise<GetBaiduChannelOutput> {
  return callOperation<GetBaiduChannelOutput>(connection, GetBaiduChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/channels/baidu` */
export const UpdateBaiduChannelOperation: OperationDescriptor = { operationId: "UpdateBaiduChannel", method: "put", path: "/v1/apps/{application-id}/channels/baidu", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateBaiduChannelRequest", responses: { 200: "validateUpdateBaiduChannelResponse200" } } };

/** What `updateBaiduChannel` takes: the spec's own parameter names, by location. */
export interface UpdateBaiduChannelInput {
  path: NonNullable<operations["UpdateBaiduChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateBaiduChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateBaiduChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateBaiduChannel` resolves to (HTTP 200). */
export type UpdateBaiduChannelOutput = operations["UpdateBaiduChannel"]["responses"][200]["content"]["application/json"];

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
export function updateBaiduChannel(connection: Connection, input: UpdateBaiduChannelInput, options?: CallOptions): Promise<UpdateBaiduChannelOutput> {
  return callOperation<UpdateBaiduChannelOutput>(connection, UpdateBaiduChannelOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/channels/baidu` */
export const DeleteBaiduChannelOperation: OperationDescriptor = { operationId: "DeleteBaiduChannel", method: "delete", path: "/v1/apps/{application-id}/channels/baidu", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteBaiduChannelResponse200" } } };

/** What `deleteBaiduChannel` takes: the spec's own parameter names, by location. */
export interface DeleteBaiduChannelInput {
  path: NonNullable<operations["DeleteBaiduChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteBaiduChannel"]["parameters"]["header"]>;
}

/** What `deleteBaiduChannel` resolves to (HTTP 200). */
export type DeleteBaiduChannelOutput = operations["DeleteBaiduChannel"]["responses"][200]["content"]["application/json"];

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
export function deleteBaiduChannel(connection: Connection, input: DeleteBaiduChannelInput, options?: CallOptions): Promise<DeleteBaiduChannelOutput> {
  return callOperation<DeleteBaiduChannelOutput>(connection, DeleteBaiduChannelOperation, input, options);
}

/** `GET /v1/apps/{application-id}/channels/email` */
export const GetEmailChannelOperation: OperationDescriptor = { operationId: "GetEmailChannel", method: "get", path: "/v1/apps/{application-id}/channels/email", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetEmailChannelResponse200" } } };

/** What `getEmailChannel` takes: the spec's own parameter names, by location. */
export interface GetEmailChannelInput {
  path: NonNullable<operations["GetEmailChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetEmailChannel"]["parameters"]["header"]>;
}

/** What `getEmailChannel` resolves to (HTTP 200). */
export type GetEmailChannelOutput = operations["GetEmailChannel"]["responses"][200]["content"]["application/json"];

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
export function getEmailChannel(connection: Connection, input: GetEmailChannelInput, options?: CallOptions): Promise<GetEmailChannelOutput> {
  return callOperation<GetEmailChannelOutput>(connection, GetEmailChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/channels/email` */
export const UpdateEmailChannelOperation: OperationDescriptor = { operationId: "UpdateEmailChannel", method: "put", path: "/v1/apps/{application-id}/channels/email", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateEmailChannelRequest", responses: { 200: "validateUpdateEmailChannelResponse200" } } };

/** What `updateEmailChannel` takes: the spec's own parameter names, by location. */
export interface UpdateEmailChannelInput {
  path: NonNullable<operations["UpdateEmailChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateEmailChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateEmailChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateEmailChannel` resolves to (HTTP 200). */
export type UpdateEmailChannelOutput = operations["UpdateEmailChannel"]["responses"][200]["content"]["application/json"];

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
export function updateEmailChannel(connection: Connection, input: UpdateEmailChannelInput, options?: CallOptions): Promise<UpdateEmailChannelOutput> {
  return callOperation<UpdateEmailChannelOutput>(connection, UpdateEmailChannelOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/channels/email` */
export const DeleteEmailChannelOperation: OperationDescriptor = { operationId: "DeleteEmailChannel", method: "delete", path: "/v1/apps/{application-id}/channels/email", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteEmailChannelResponse200" } } };

/** What `deleteEmailChannel` takes: the spec's own parameter names, by location. */
export interface DeleteEmailChannelInput {
  path: NonNullable<operations["DeleteEmailChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteEmailChannel"]["parameters"]["header"]>;
}

/** What `deleteEmailChannel` resolves to (HTTP 200). */
export type DeleteEmailChannelOutput = operations["DeleteEmailChannel"]["responses"][200]["content"]["application/json"];

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
export function deleteEmailChannel(connection: Connection, input: DeleteEmailChannelInput, options?: CallOptions): Promise<DeleteEmailChannelOutput> {
  return callOperation<DeleteEmailChannelOutput>(connection, DeleteEmailChannelOperation, input, options);
}

/** `GET /v1/apps/{application-id}/channels/gcm` */
export const GetGcmChannelOperation: OperationDescriptor = { operationId: "GetGcmChannel", method: "get", path: "/v1/apps/{application-id}/channels/gcm", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetGcmChannelResponse200" } } };

/** What `getGcmChannel` takes: the spec's own parameter names, by location. */
export interface GetGcmChannelInput {
  path: NonNullable<operations["GetGcmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetGcmChannel"]["parameters"]["header"]>;
}

/** What `getGcmChannel` resolves to (HTTP 200). */
export type GetGcmChannelOutput = operations["GetGcmChannel"]["responses"][200]["content"]["application/json"];

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
export function getGcmChannel(connection: Connection, input: GetGcmChannelInput, options?: CallOptions): Promise<GetGcmChannelOutput> {
  return callOperation<GetGcmChannelOutput>(connection, GetGcmChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/channels/gcm` */
export const UpdateGcmChannelOperation: OperationDescriptor = { operationId: "UpdateGcmChannel", method: "put", path: "/v1/apps/{application-id}/channels/gcm", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateGcmChannelRequest", responses: { 200: "validateUpdateGcmChannelResponse200" } } };

/** What `updateGcmChannel` takes: the spec's own parameter names, by location. */
export interface UpdateGcmChannelInput {
  path: NonNullable<operations["UpdateGcmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateGcmChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateGcmChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateGcmChannel` resolves to (HTTP 200). */
export type UpdateGcmChannelOutput = operations["UpdateGcmChannel"]["responses"][200]["content"]["application/json"];

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
export function updateGcmChannel(connection: Connection, input: UpdateGcmChannelInput, options?: CallOptions): Promise<UpdateGcmChannelOutput> {
  return callOperation<UpdateGcmChannelOutput>(connection, UpdateGcmChannelOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/channels/gcm` */
export const DeleteGcmChannelOperation: OperationDescriptor = { operationId: "DeleteGcmChannel", method: "delete", path: "/v1/apps/{application-id}/channels/gcm", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteGcmChannelResponse200" } } };

/** What `deleteGcmChannel` takes: the spec's own parameter names, by location. */
export interface DeleteGcmChannelInput {
  path: NonNullable<operations["DeleteGcmChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteGcmChannel"]["parameters"]["header"]>;
}

/** What `deleteGcmChannel` resolves to (HTTP 200). */
export type DeleteGcmChannelOutput = operations["DeleteGcmChannel"]["responses"][200]["content"]["application/json"];

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
export function deleteGcmChannel(connection: Connection, input: DeleteGcmChannelInput, options?: CallOptions): Promise<DeleteGcmChannelOutput> {
  return callOperation<DeleteGcmChannelOutput>(connection, DeleteGcmChannelOperation, input, options);
}

/** `GET /v1/apps/{application-id}/channels/sms` */
export const GetSmsChannelOperation: OperationDescriptor = { operationId: "GetSmsChannel", method: "get", path: "/v1/apps/{application-id}/channels/sms", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetSmsChannelResponse200" } } };

/** What `getSmsChannel` takes: the spec's own parameter names, by location. */
export interface GetSmsChannelInput {
  path: NonNullable<operations["GetSmsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetSmsChannel"]["parameters"]["header"]>;
}

/** What `getSmsChannel` resolves to (HTTP 200). */
export type GetSmsChannelOutput = operations["GetSmsChannel"]["responses"][200]["content"]["application/json"];

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
export function getSmsChannel(connection: Connection, input: GetSmsChannelInput, options?: CallOptions): Promise<GetSmsChannelOutput> {
  return callOperation<GetSmsChannelOutput>(connection, GetSmsChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/channels/sms` */
export const UpdateSmsChannelOperation: OperationDescriptor = { operationId: "UpdateSmsChannel", method: "put", path: "/v1/apps/{application-id}/channels/sms", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateSmsChannelRequest", responses: { 200: "validateUpdateSmsChannelResponse200" } } };

/** What `updateSmsChannel` takes: the spec's own parameter names, by location. */
export interface UpdateSmsChannelInput {
  path: NonNullable<operations["UpdateSmsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateSmsChannel"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateSmsChannel"]["requestBody"]>["content"]["application/json"];
}

/** What `updateSmsChannel` resolves to (HTTP 200). */
export type UpdateSmsChannelOutput = operations["UpdateSmsChannel"]["responses"][200]["content"]["application/json"];

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
export function updateSmsChannel(connection: Connection, input: UpdateSmsChannelInput, options?: CallOptions): Promise<UpdateSmsChannelOutput> {
  return callOperation<UpdateSmsChannelOutput>(connection, UpdateSmsChannelOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/channels/sms` */
export const DeleteSmsChannelOperation: OperationDescriptor = { operationId: "DeleteSmsChannel", method: "delete", path: "/v1/apps/{application-id}/channels/sms", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteSmsChannelResponse200" } } };

/** What `deleteSmsChannel` takes: the spec's own parameter names, by location. */
export interface DeleteSmsChannelInput {
  path: NonNullable<operations["DeleteSmsChannel"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteSmsChannel"]["parameters"]["header"]>;
}

/** What `deleteSmsChannel` resolves to (HTTP 200). */
export type DeleteSmsChannelOutput = operations["DeleteSmsChannel"]["responses"][200]["content"]["application/json"];

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
export function deleteSmsChannel(connection: Connection, input: DeleteSmsChannelInput, options?: CallOptions): Promise<DeleteSmsChannelOutput> {
  return callOperation<DeleteSmsChannelOutput>(connection, DeleteSmsChannelOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/endpoints` */
export const UpdateEndpointsBatchOperation: OperationDescriptor = { operationId: "UpdateEndpointsBatch", method: "put", path: "/v1/apps/{application-id}/endpoints", errors: documentedErrors, success: { 202: "json" }, validators: { request: "validateUpdateEndpointsBatchRequest", responses: { 202: "validateUpdateEndpointsBatchResponse202" } } };

/** What `updateEndpointsBatch` takes: the spec's own parameter names, by location. */
export interface UpdateEndpointsBatchInput {
  path: NonNullable<operations["UpdateEndpointsBatch"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateEndpointsBatch"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateEndpointsBatch"]["requestBody"]>["content"]["application/json"];
}

/** What `updateEndpointsBatch` resolves to (HTTP 202). */
export type UpdateEndpointsBatchOutput = operations["UpdateEndpointsBatch"]["responses"][202]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Endpoints were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
 */
export function updateEndpointsBatch(connection: Connection, input: UpdateEndpointsBatchInput, options?: CallOptions): Promise<UpdateEndpointsBatchOutput> {
  return callOperation<UpdateEndpointsBatchOutput>(connection, UpdateEndpointsBatchOperation, input, options);
}

/** `GET /v1/apps/{application-id}/endpoints/{endpoint-id}` */
export const GetEndpointOperation: OperationDescriptor = { operationId: "GetEndpoint", method: "get", path: "/v1/apps/{application-id}/endpoints/{endpoint-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetEndpointResponse200" } } };

/** What `getEndpoint` takes: the spec's own parameter names, by location. */
export interface GetEndpointInput {
  path: NonNullable<operations["GetEndpoint"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetEndpoint"]["parameters"]["header"]>;
}

/** What `getEndpoint` resolves to (HTTP 200). */
export type GetEndpointOutput = operations["GetEndpoint"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Endpoints were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
 */
export function getEndpoint(connection: Connection, input: GetEndpointInput, options?: CallOptions): Promise<GetEndpointOutput> {
  return callOperation<GetEndpointOutput>(connection, GetEndpointOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/endpoints/{endpoint-id}` */
export const UpdateEndpointOperation: OperationDescriptor = { operationId: "UpdateEndpoint", method: "put", path: "/v1/apps/{application-id}/endpoints/{endpoint-id}", errors: documentedErrors, success: { 202: "json" }, validators: { request: "validateUpdateEndpointRequest", responses: { 202: "validateUpdateEndpointResponse202" } } };

/** What `updateEndpoint` takes: the spec's own parameter names, by location. */
export interface UpdateEndpointInput {
  path: NonNullable<operations["UpdateEndpoint"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateEndpoint"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateEndpoint"]["requestBody"]>["content"]["application/json"];
}

/** What `updateEndpoint` resolves to (HTTP 202). */
export type UpdateEndpointOutput = operations["UpdateEndpoint"]["responses"][202]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Endpoints were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
 */
export function updateEndpoint(connection: Connection, input: UpdateEndpointInput, options?: CallOptions): Promise<UpdateEndpointOutput> {
  return callOperation<UpdateEndpointOutput>(connection, UpdateEndpointOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/endpoints/{endpoint-id}` */
export const DeleteEndpointOperation: OperationDescriptor = { operationId: "DeleteEndpoint", method: "delete", path: "/v1/apps/{application-id}/endpoints/{endpoint-id}", errors: documentedErrors, success: { 202: "json" }, validators: { responses: { 202: "validateDeleteEndpointResponse202" } } };

/** What `deleteEndpoint` takes: the spec's own parameter names, by location. */
export interface DeleteEndpointInput {
  path: NonNullable<operations["DeleteEndpoint"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteEndpoint"]["parameters"]["header"]>;
}

/** What `deleteEndpoint` resolves to (HTTP 202). */
export type DeleteEndpointOutput = operations["DeleteEndpoint"]["responses"][202]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Endpoints were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
 */
export function deleteEndpoint(connection: Connection, input: DeleteEndpointInput, options?: CallOptions): Promise<DeleteEndpointOutput> {
  return callOperation<DeleteEndpointOutput>(connection, DeleteEndpointOperation, input, options);
}

/** `POST /v1/apps/{application-id}/events` */
export const PutEventsOperation: OperationDescriptor = { operationId: "PutEvents", method: "post", path: "/v1/apps/{application-id}/events", errors: documentedErrors, success: { 202: "json" }, validators: { request: "validatePutEventsRequest", responses: { 202: "validatePutEventsResponse202" } } };

/** What `putEvents` takes: the spec's own parameter names, by location. */
export interface PutEventsInput {
  path: NonNullable<operations["PutEvents"]["parameters"]["path"]>;
  header?: NonNullable<operations["PutEvents"]["parameters"]["header"]>;
  body: NonNullable<operations["PutEvents"]["requestBody"]>["content"]["application/json"];
}

/** What `putEvents` resolves to (HTTP 202). */
export type PutEventsOutput = operations["PutEvents"]["responses"][202]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Events feed Amazon Pinpoint's analytics, which were retired with its engagement features.
 */
export function putEvents(connection: Connection, input: PutEventsInput, options?: CallOptions): Promise<PutEventsOutput> {
  return callOperation<PutEventsOutput>(connection, PutEventsOperation, input, options);
}

/** `GET /v1/apps/{application-id}/eventstream` */
export const GetEventStreamOperation: OperationDescriptor = { operationId: "GetEventStream", method: "get", path: "/v1/apps/{application-id}/eventstream", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetEventStreamResponse200" } } };

/** What `getEventStream` takes: the spec's own parameter names, by location. */
export interface GetEventStreamInput {
  path: NonNullable<operations["GetEventStream"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetEventStream"]["parameters"]["header"]>;
}

/** What `getEventStream` resolves to (HTTP 200). */
export type GetEventStreamOutput = operations["GetEventStream"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: The event stream exports Amazon Pinpoint's analytics, which were retired with its engagement features.
 */
export function getEventStream(connection: Connection, input: GetEventStreamInput, options?: CallOptions): Promise<GetEventStreamOutput> {
  return callOperation<GetEventStreamOutput>(connection, GetEventStreamOperation, input, options);
}

/** `POST /v1/apps/{application-id}/eventstream` */
export const PutEventStreamOperation: OperationDescriptor = { operationId: "PutEventStream", method: "post", path: "/v1/apps/{application-id}/eventstream", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validatePutEventStreamRequest", responses: { 200: "validatePutEventStreamResponse200" } } };

/** What `putEventStream` takes: the spec's own parameter names, by location. */
export interface PutEventStreamInput {
  path: NonNullable<operations["PutEventStream"]["parameters"]["path"]>;
  header?: NonNullable<operations["PutEventStream"]["parameters"]["header"]>;
  body: NonNullable<operations["PutEventStream"]["requestBody"]>["content"]["application/json"];
}

/** What `putEventStream` resolves to (HTTP 200). */
export type PutEventStreamOutput = operations["PutEventStream"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: The event stream exports Amazon Pinpoint's analytics, which were retired with its engagement features.
 */
export function putEventStream(connection: Connection, input: PutEventStreamInput, options?: CallOptions): Promise<PutEventStreamOutput> {
  return callOperation<PutEventStreamOutput>(connection, PutEventStreamOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/eventstream` */
export const DeleteEventStreamOperation: OperationDescriptor = { operationId: "DeleteEventStream", method: "delete", path: "/v1/apps/{application-id}/eventstream", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteEventStreamResponse200" } } };

/** What `deleteEventStream` takes: the spec's own parameter names, by location. */
export interface DeleteEventStreamInput {
  path: NonNullable<operations["DeleteEventStream"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteEventStream"]["parameters"]["header"]>;
}

/** What `deleteEventStream` resolves to (HTTP 200). */
export type DeleteEventStreamOutput = operations["DeleteEventStream"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: The event stream exports Amazon Pinpoint's analytics, which were retired with its engagement features.
 */
export function deleteEventStream(connection: Connection, input: DeleteEventStreamInput, options?: CallOptions): Promise<DeleteEventStreamOutput> {
  return callOperation<DeleteEventStreamOutput>(connection, DeleteEventStreamOperation, input, options);
}

/** `GET /v1/apps/{application-id}/jobs/export` */
export const GetExportJobsOperation: OperationDescriptor = { operationId: "GetExportJobs", method: "get", path: "/v1/apps/{application-id}/jobs/export", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetExportJobsResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getExportJobs` takes: the spec's own parameter names, by location. */
export interface GetExportJobsInput {
  path: NonNullable<operations["GetExportJobs"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetExportJobs"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetExportJobs"]["parameters"]["header"]>;
}

/** What `getExportJobs` resolves to (HTTP 200). */
export type GetExportJobsOutput = operations["GetExportJobs"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Export jobs export endpoints, which were retired with Amazon Pinpoint's engagement features.
 */
export function getExportJobs(connection: Connection, input: GetExportJobsInput, options?: CallOptions): Promise<GetExportJobsOutput> {
  return callOperation<GetExportJobsOutput>(connection, GetExportJobsOperation, input, options);
}

/** `POST /v1/apps/{application-id}/jobs/export` */
export const CreateExportJobOperation: OperationDescriptor = { operationId: "CreateExportJob", method: "post", path: "/v1/apps/{application-id}/jobs/export", errors: documentedErrors, success: { 202: "json" }, validators: { request: "validateCreateExportJobRequest", responses: { 202: "validateCreateExportJobResponse202" } } };

/** What `createExportJob` takes: the spec's own parameter names, by location. */
export interface CreateExportJobInput {
  path: NonNullable<operations["CreateExportJob"]["parameters"]["path"]>;
  header?: NonNullable<operations["CreateExportJob"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateExportJob"]["requestBody"]>["content"]["application/json"];
}

/** What `createExportJob` resolves to (HTTP 202). */
export type CreateExportJobOutput = operations["CreateExportJob"]["responses"][202]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Export jobs export endpoints, which were retired with Amazon Pinpoint's engagement features.
 */
export function createExportJob(connection: Connection, input: CreateExportJobInput, options?: CallOptions): Promise<CreateExportJobOutput> {
  return callOperation<CreateExportJobOutput>(connection, CreateExportJobOperation, input, options);
}

/** `GET /v1/apps/{application-id}/jobs/export/{job-id}` */
export const GetExportJobOperation: OperationDescriptor = { operationId: "GetExportJob", method: "get", path: "/v1/apps/{application-id}/jobs/export/{job-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetExportJobResponse200" } } };

/** What `getExportJob` takes: the spec's own parameter names, by location. */
export interface GetExportJobInput {
  path: NonNullable<operations["GetExportJob"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetExportJob"]["parameters"]["header"]>;
}

/** What `getExportJob` resolves to (HTTP 200). */
export type GetExportJobOutput = operations["GetExportJob"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Export jobs export endpoints, which were retired with Amazon Pinpoint's engagement features.
 */
export function getExportJob(connection: Connection, input: GetExportJobInput, options?: CallOptions): Promise<GetExportJobOutput> {
  return callOperation<GetExportJobOutput>(connection, GetExportJobOperation, input, options);
}

/** `GET /v1/apps/{application-id}/jobs/import` */
export const GetImportJobsOperation: OperationDescriptor = { operationId: "GetImportJobs", method: "get", path: "/v1/apps/{application-id}/jobs/import", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetImportJobsResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getImportJobs` takes: the spec's own parameter names, by location. */
export interface GetImportJobsInput {
  path: NonNullable<operations["GetImportJobs"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetImportJobs"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetImportJobs"]["parameters"]["header"]>;
}

/** What `getImportJobs` resolves to (HTTP 200). */
export type GetImportJobsOutput = operations["GetImportJobs"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Import jobs import endpoints and segments, which were retired with Amazon Pinpoint's engagement features.
 */
export function getImportJobs(connection: Connection, input: GetImportJobsInput, options?: CallOptions): Promise<GetImportJobsOutput> {
  return callOperation<GetImportJobsOutput>(connection, GetImportJobsOperation, input, options);
}

/** `POST /v1/apps/{application-id}/jobs/import` */
export const CreateImportJobOperation: OperationDescriptor = { operationId: "CreateImportJob", method: "post", path: "/v1/apps/{application-id}/jobs/import", errors: documentedErrors, success: { 201: "json" }, validators: { request: "validateCreateImportJobRequest", responses: { 201: "validateCreateImportJobResponse201" } } };

/** What `createImportJob` takes: the spec's own parameter names, by location. */
export interface CreateImportJobInput {
  path: NonNullable<operations["CreateImportJob"]["parameters"]["path"]>;
  header?: NonNullable<operations["CreateImportJob"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateImportJob"]["requestBody"]>["content"]["application/json"];
}

/** What `createImportJob` resolves to (HTTP 201). */
export type CreateImportJobOutput = operations["CreateImportJob"]["responses"][201]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Import jobs import endpoints and segments, which were retired with Amazon Pinpoint's engagement features.
 */
export function createImportJob(connection: Connection, input: CreateImportJobInput, options?: CallOptions): Promise<CreateImportJobOutput> {
  return callOperation<CreateImportJobOutput>(connection, CreateImportJobOperation, input, options);
}

/** `GET /v1/apps/{application-id}/jobs/import/{job-id}` */
export const GetImportJobOperation: OperationDescriptor = { operationId: "GetImportJob", method: "get", path: "/v1/apps/{application-id}/jobs/import/{job-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetImportJobResponse200" } } };

/** What `getImportJob` takes: the spec's own parameter names, by location. */
export interface GetImportJobInput {
  path: NonNullable<operations["GetImportJob"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetImportJob"]["parameters"]["header"]>;
}

/** What `getImportJob` resolves to (HTTP 200). */
export type GetImportJobOutput = operations["GetImportJob"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Import jobs import endpoints and segments, which were retired with Amazon Pinpoint's engagement features.
 */
export function getImportJob(connection: Connection, input: GetImportJobInput, options?: CallOptions): Promise<GetImportJobOutput> {
  return callOperation<GetImportJobOutput>(connection, GetImportJobOperation, input, options);
}

/** `POST /v1/apps/{application-id}/messages` */
export const SendMessagesOperation: OperationDescriptor = { operationId: "SendMessages", method: "post", path: "/v1/apps/{application-id}/messages", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateSendMessagesRequest", responses: { 200: "validateSendMessagesResponse200" } } };

/** What `sendMessages` takes: the spec's own parameter names, by location. */
export interface SendMessagesInput {
  path: NonNullable<operations["SendMessages"]["parameters"]["path"]>;
  header?: NonNullable<operations["SendMessages"]["parameters"]["header"]>;
  body: NonNullable<operations["SendMessages"]["requestBody"]>["content"]["application/json"];
}

/** What `sendMessages` resolves to (HTTP 200). */
export type SendMessagesOutput = operations["SendMessages"]["responses"][200]["content"]["application/json"];

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
export function sendMessages(connection: Connection, input: SendMessagesInput, options?: CallOptions): Promise<SendMessagesOutput> {
  return callOperation<SendMessagesOutput>(connection, SendMessagesOperation, input, options);
}

/** `POST /v1/phone/number/validate` */
export const PhoneNumberValidateOperation: OperationDescriptor = { operationId: "PhoneNumberValidate", method: "post", path: "/v1/phone/number/validate", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validatePhoneNumberValidateRequest", responses: { 200: "validatePhoneNumberValidateResponse200" } } };

/** What `phoneNumberValidate` takes: the spec's own parameter names, by location. */
export interface PhoneNumberValidateInput {
  header?: NonNullable<operations["PhoneNumberValidate"]["parameters"]["header"]>;
  body: NonNullable<operations["PhoneNumberValidate"]["requestBody"]>["content"]["application/json"];
}

/** What `phoneNumberValidate` resolves to (HTTP 200). */
export type PhoneNumberValidateOutput = operations["PhoneNumberValidate"]["responses"][200]["content"]["application/json"];

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
export function phoneNumberValidate(connection: Connection, input: PhoneNumberValidateInput, options?: CallOptions): Promise<PhoneNumberValidateOutput> {
  return callOperation<PhoneNumberValidateOutput>(connection, PhoneNumberValidateOperation, input, options);
}

/** `GET /v1/apps/{application-id}/segments` */
export const GetSegmentsOperation: OperationDescriptor = { operationId: "GetSegments", method: "get", path: "/v1/apps/{application-id}/segments", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetSegmentsResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getSegments` takes: the spec's own parameter names, by location. */
export interface GetSegmentsInput {
  path: NonNullable<operations["GetSegments"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetSegments"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetSegments"]["parameters"]["header"]>;
}

/** What `getSegments` resolves to (HTTP 200). */
export type GetSegmentsOutput = operations["GetSegments"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
 */
export function getSegments(connection: Connection, input: GetSegmentsInput, options?: CallOptions): Promise<GetSegmentsOutput> {
  return callOperation<GetSegmentsOutput>(connection, GetSegmentsOperation, input, options);
}

/** `POST /v1/apps/{application-id}/segments` */
export const CreateSegmentOperation: OperationDescriptor = { operationId: "CreateSegment", method: "post", path: "/v1/apps/{application-id}/segments", errors: documentedErrors, success: { 201: "json" }, validators: { request: "validateCreateSegmentRequest", responses: { 201: "validateCreateSegmentResponse201" } } };

/** What `createSegment` takes: the spec's own parameter names, by location. */
export interface CreateSegmentInput {
  path: NonNullable<operations["CreateSegment"]["parameters"]["path"]>;
  header?: NonNullable<operations["CreateSegment"]["parameters"]["header"]>;
  body: NonNullable<operations["CreateSegment"]["requestBody"]>["content"]["application/json"];
}

/** What `createSegment` resolves to (HTTP 201). */
export type CreateSegmentOutput = operations["CreateSegment"]["responses"][201]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
 */
export function createSegment(connection: Connection, input: CreateSegmentInput, options?: CallOptions): Promise<CreateSegmentOutput> {
  return callOperation<CreateSegmentOutput>(connection, CreateSegmentOperation, input, options);
}

/** `GET /v1/apps/{application-id}/segments/{segment-id}` */
export const GetSegmentOperation: OperationDescriptor = { operationId: "GetSegment", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetSegmentResponse200" } } };

/** What `getSegment` takes: the spec's own parameter names, by location. */
export interface GetSegmentInput {
  path: NonNullable<operations["GetSegment"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetSegment"]["parameters"]["header"]>;
}

/** What `getSegment` resolves to (HTTP 200). */
export type GetSegmentOutput = operations["GetSegment"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
 */
export function getSegment(connection: Connection, input: GetSegmentInput, options?: CallOptions): Promise<GetSegmentOutput> {
  return callOperation<GetSegmentOutput>(connection, GetSegmentOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/segments/{segment-id}` */
export const UpdateSegmentOperation: OperationDescriptor = { operationId: "UpdateSegment", method: "put", path: "/v1/apps/{application-id}/segments/{segment-id}", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateSegmentRequest", responses: { 200: "validateUpdateSegmentResponse200" } } };

/** What `updateSegment` takes: the spec's own parameter names, by location. */
export interface UpdateSegmentInput {
  path: NonNullable<operations["UpdateSegment"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateSegment"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateSegment"]["requestBody"]>["content"]["application/json"];
}

/** What `updateSegment` resolves to (HTTP 200). */
export type UpdateSegmentOutput = operations["UpdateSegment"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
 */
export function updateSegment(connection: Connection, input: UpdateSegmentInput, options?: CallOptions): Promise<UpdateSegmentOutput> {
  return callOperation<UpdateSegmentOutput>(connection, UpdateSegmentOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/segments/{segment-id}` */
export const DeleteSegmentOperation: OperationDescriptor = { operationId: "DeleteSegment", method: "delete", path: "/v1/apps/{application-id}/segments/{segment-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateDeleteSegmentResponse200" } } };

/** What `deleteSegment` takes: the spec's own parameter names, by location. */
export interface DeleteSegmentInput {
  path: NonNullable<operations["DeleteSegment"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteSegment"]["parameters"]["header"]>;
}

/** What `deleteSegment` resolves to (HTTP 200). */
export type DeleteSegmentOutput = operations["DeleteSegment"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
 */
export function deleteSegment(connection: Connection, input: DeleteSegmentInput, options?: CallOptions): Promise<DeleteSegmentOutput> {
  return callOperation<DeleteSegmentOutput>(connection, DeleteSegmentOperation, input, options);
}

/** `GET /v1/apps/{application-id}/segments/{segment-id}/jobs/export` */
export const GetSegmentExportJobsOperation: OperationDescriptor = { operationId: "GetSegmentExportJobs", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}/jobs/export", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetSegmentExportJobsResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getSegmentExportJobs` takes: the spec's own parameter names, by location. */
export interface GetSegmentExportJobsInput {
  path: NonNullable<operations["GetSegmentExportJobs"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetSegmentExportJobs"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetSegmentExportJobs"]["parameters"]["header"]>;
}

/** What `getSegmentExportJobs` resolves to (HTTP 200). */
export type GetSegmentExportJobsOutput = operations["GetSegmentExportJobs"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
 */
export function getSegmentExportJobs(connection: Connection, input: GetSegmentExportJobsInput, options?: CallOptions): Promise<GetSegmentExportJobsOutput> {
  return callOperation<GetSegmentExportJobsOutput>(connection, GetSegmentExportJobsOperation, input, options);
}

/** `GET /v1/apps/{application-id}/segments/{segment-id}/jobs/import` */
export const GetSegmentImportJobsOperation: OperationDescriptor = { operationId: "GetSegmentImportJobs", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}/jobs/import", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetSegmentImportJobsResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getSegmentImportJobs` takes: the spec's own parameter names, by location. */
export interface GetSegmentImportJobsInput {
  path: NonNullable<operations["GetSegmentImportJobs"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetSegmentImportJobs"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetSegmentImportJobs"]["parameters"]["header"]>;
}

/** What `getSegmentImportJobs` resolves to (HTTP 200). */
export type GetSegmentImportJobsOutput = operations["GetSegmentImportJobs"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
 */
export function getSegmentImportJobs(connection: Connection, input: GetSegmentImportJobsInput, options?: CallOptions): Promise<GetSegmentImportJobsOutput> {
  return callOperation<GetSegmentImportJobsOutput>(connection, GetSegmentImportJobsOperation, input, options);
}

/** `GET /v1/apps/{application-id}/segments/{segment-id}/versions` */
export const GetSegmentVersionsOperation: OperationDescriptor = { operationId: "GetSegmentVersions", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}/versions", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetSegmentVersionsResponse200" } }, pagination: { "inputToken": "token", "outputToken": "NextToken", "items": "Item" } };

/** What `getSegmentVersions` takes: the spec's own parameter names, by location. */
export interface GetSegmentVersionsInput {
  path: NonNullable<operations["GetSegmentVersions"]["parameters"]["path"]>;
  query?: NonNullable<operations["GetSegmentVersions"]["parameters"]["query"]>;
  header?: NonNullable<operations["GetSegmentVersions"]["parameters"]["header"]>;
}

/** What `getSegmentVersions` resolves to (HTTP 200). */
export type GetSegmentVersionsOutput = operations["GetSegmentVersions"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
 */
export function getSegmentVersions(connection: Connection, input: GetSegmentVersionsInput, options?: CallOptions): Promise<GetSegmentVersionsOutput> {
  return callOperation<GetSegmentVersionsOutput>(connection, GetSegmentVersionsOperation, input, options);
}

/** `GET /v1/apps/{application-id}/segments/{segment-id}/versions/{version}` */
export const GetSegmentVersionOperation: OperationDescriptor = { operationId: "GetSegmentVersion", method: "get", path: "/v1/apps/{application-id}/segments/{segment-id}/versions/{version}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetSegmentVersionResponse200" } } };

/** What `getSegmentVersion` takes: the spec's own parameter names, by location. */
export interface GetSegmentVersionInput {
  path: NonNullable<operations["GetSegmentVersion"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetSegmentVersion"]["parameters"]["header"]>;
}

/** What `getSegmentVersion` resolves to (HTTP 200). */
export type GetSegmentVersionOutput = operations["GetSegmentVersion"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
 */
export function getSegmentVersion(connection: Connection, input: GetSegmentVersionInput, options?: CallOptions): Promise<GetSegmentVersionOutput> {
  return callOperation<GetSegmentVersionOutput>(connection, GetSegmentVersionOperation, input, options);
}

/** `GET /v1/apps/{application-id}/settings` */
export const GetApplicationSettingsOperation: OperationDescriptor = { operationId: "GetApplicationSettings", method: "get", path: "/v1/apps/{application-id}/settings", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetApplicationSettingsResponse200" } } };

/** What `getApplicationSettings` takes: the spec's own parameter names, by location. */
export interface GetApplicationSettingsInput {
  path: NonNullable<operations["GetApplicationSettings"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetApplicationSettings"]["parameters"]["header"]>;
}

/** What `getApplicationSettings` resolves to (HTTP 200). */
export type GetApplicationSettingsOutput = operations["GetApplicationSettings"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: These settings (campaign hook, limits, quiet time) configure campaigns, which were retired with Amazon Pinpoint's engagement features.
 */
export function getApplicationSettings(connection: Connection, input: GetApplicationSettingsInput, options?: CallOptions): Promise<GetApplicationSettingsOutput> {
  return callOperation<GetApplicationSettingsOutput>(connection, GetApplicationSettingsOperation, input, options);
}

/** `PUT /v1/apps/{application-id}/settings` */
export const UpdateApplicationSettingsOperation: OperationDescriptor = { operationId: "UpdateApplicationSettings", method: "put", path: "/v1/apps/{application-id}/settings", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateUpdateApplicationSettingsRequest", responses: { 200: "validateUpdateApplicationSettingsResponse200" } } };

/** What `updateApplicationSettings` takes: the spec's own parameter names, by location. */
export interface UpdateApplicationSettingsInput {
  path: NonNullable<operations["UpdateApplicationSettings"]["parameters"]["path"]>;
  header?: NonNullable<operations["UpdateApplicationSettings"]["parameters"]["header"]>;
  body: NonNullable<operations["UpdateApplicationSettings"]["requestBody"]>["content"]["application/json"];
}

/** What `updateApplicationSettings` resolves to (HTTP 200). */
export type UpdateApplicationSettingsOutput = operations["UpdateApplicationSettings"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: These settings (campaign hook, limits, quiet time) configure campaigns, which were retired with Amazon Pinpoint's engagement features.
 */
export function updateApplicationSettings(connection: Connection, input: UpdateApplicationSettingsInput, options?: CallOptions): Promise<UpdateApplicationSettingsOutput> {
  return callOperation<UpdateApplicationSettingsOutput>(connection, UpdateApplicationSettingsOperation, input, options);
}

/** `POST /v1/apps/{application-id}/users-messages` */
export const SendUsersMessagesOperation: OperationDescriptor = { operationId: "SendUsersMessages", method: "post", path: "/v1/apps/{application-id}/users-messages", errors: documentedErrors, success: { 200: "json" }, validators: { request: "validateSendUsersMessagesRequest", responses: { 200: "validateSendUsersMessagesResponse200" } } };

/** What `sendUsersMessages` takes: the spec's own parameter names, by location. */
export interface SendUsersMessagesInput {
  path: NonNullable<operations["SendUsersMessages"]["parameters"]["path"]>;
  header?: NonNullable<operations["SendUsersMessages"]["parameters"]["header"]>;
  body: NonNullable<operations["SendUsersMessages"]["requestBody"]>["content"]["application/json"];
}

/** What `sendUsersMessages` resolves to (HTTP 200). */
export type SendUsersMessagesOutput = operations["SendUsersMessages"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: It sends through users' endpoints, which were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
 */
export function sendUsersMessages(connection: Connection, input: SendUsersMessagesInput, options?: CallOptions): Promise<SendUsersMessagesOutput> {
  return callOperation<SendUsersMessagesOutput>(connection, SendUsersMessagesOperation, input, options);
}

/** `GET /v1/apps/{application-id}/users/{user-id}` */
export const GetUserEndpointsOperation: OperationDescriptor = { operationId: "GetUserEndpoints", method: "get", path: "/v1/apps/{application-id}/users/{user-id}", errors: documentedErrors, success: { 200: "json" }, validators: { responses: { 200: "validateGetUserEndpointsResponse200" } } };

/** What `getUserEndpoints` takes: the spec's own parameter names, by location. */
export interface GetUserEndpointsInput {
  path: NonNullable<operations["GetUserEndpoints"]["parameters"]["path"]>;
  header?: NonNullable<operations["GetUserEndpoints"]["parameters"]["header"]>;
}

/** What `getUserEndpoints` resolves to (HTTP 200). */
export type GetUserEndpointsOutput = operations["GetUserEndpoints"]["responses"][200]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: A user's endpoints were retired with Amazon Pinpoint's engagement features.
 */
export function getUserEndpoints(connection: Connection, input: GetUserEndpointsInput, options?: CallOptions): Promise<GetUserEndpointsOutput> {
  return callOperation<GetUserEndpointsOutput>(connection, GetUserEndpointsOperation, input, options);
}

/** `DELETE /v1/apps/{application-id}/users/{user-id}` */
export const DeleteUserEndpointsOperation: OperationDescriptor = { operationId: "DeleteUserEndpoints", method: "delete", path: "/v1/apps/{application-id}/users/{user-id}", errors: documentedErrors, success: { 202: "json" }, validators: { responses: { 202: "validateDeleteUserEndpointsResponse202" } } };

/** What `deleteUserEndpoints` takes: the spec's own parameter names, by location. */
export interface DeleteUserEndpointsInput {
  path: NonNullable<operations["DeleteUserEndpoints"]["parameters"]["path"]>;
  header?: NonNullable<operations["DeleteUserEndpoints"]["parameters"]["header"]>;
}

/** What `deleteUserEndpoints` resolves to (HTTP 202). */
export type DeleteUserEndpointsOutput = operations["DeleteUserEndpoints"]["responses"][202]["content"]["application/json"];

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
 * @deprecated End of support on 2026-10-30: A user's endpoints were retired with Amazon Pinpoint's engagement features.
 */
export function deleteUserEndpoints(connection: Connection, input: DeleteUserEndpointsInput, options?: CallOptions): Promise<DeleteUserEndpointsOutput> {
  return callOperation<DeleteUserEndpointsOutput>(connection, DeleteUserEndpointsOperation, input, options);
}

/** How the client reaches the service; see the README for every option. */
export interface PinpointClientOptions extends TransportOptions {
}

/** A connection for the operation functions (`getApps(connection, input)`): import only the operations you call. */
export function createPinpointConnection(options: PinpointClientOptions = {}): Connection {
  return createConnection(options, service);
}

/** A client with one method per operation of Amazon Pinpoint REST API. */
export function createPinpointClient(options: PinpointClientOptions = {}) {
  const connection = createPinpointConnection(options);
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
    getApps: bindOperation(getApps, GetAppsOperation, connection),
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
    createApp: bindOperation(createApp, CreateAppOperation, connection),
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
    getApp: bindOperation(getApp, GetAppOperation, connection),
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
    deleteApp: bindOperation(deleteApp, DeleteAppOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
     */
    getCampaigns: bindOperation(getCampaigns, GetCampaignsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
     */
    createCampaign: bindOperation(createCampaign, CreateCampaignOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
     */
    getCampaign: bindOperation(getCampaign, GetCampaignOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
     */
    updateCampaign: bindOperation(updateCampaign, UpdateCampaignOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
     */
    deleteCampaign: bindOperation(deleteCampaign, DeleteCampaignOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
     */
    getCampaignActivities: bindOperation(getCampaignActivities, GetCampaignActivitiesOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
     */
    getCampaignVersions: bindOperation(getCampaignVersions, GetCampaignVersionsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Campaigns were retired with Amazon Pinpoint's engagement features.
     */
    getCampaignVersion: bindOperation(getCampaignVersion, GetCampaignVersionOperation, connection),
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
    getAdmChannel: bindOperation(getAdmChannel, GetAdmChannelOperation, connection),
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
    updateAdmChannel: bindOperation(updateAdmChannel, UpdateAdmChannelOperation, connection),
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
    deleteAdmChannel: bindOperation(deleteAdmChannel, DeleteAdmChannelOperation, connection),
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
    getApnsChannel: bindOperation(getApnsChannel, GetApnsChannelOperation, connection),
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
    updateApnsChannel: bindOperation(updateApnsChannel, UpdateApnsChannelOperation, connection),
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
    deleteApnsChannel: bindOperation(deleteApnsChannel, DeleteApnsChannelOperation, connection),
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
    getApnsSandboxChannel: bindOperation(getApnsSandboxChannel, GetApnsSandboxChannelOperation, connection),
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
    updateApnsSandboxChannel: bindOperation(updateApnsSandboxChannel, UpdateApnsSandboxChannelOperation, connection),
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
    deleteApnsSandboxChannel: bindOperation(deleteApnsSandboxChannel, DeleteApnsSandboxChannelOperation, connection),
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
    getApnsVoipChannel: bindOperation(getApnsVoipChannel, GetApnsVoipChannelOperation, connection),
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
    updateApnsVoipChannel: bindOperation(updateApnsVoipChannel, UpdateApnsVoipChannelOperation, connection),
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
    deleteApnsVoipChannel: bindOperation(deleteApnsVoipChannel, DeleteApnsVoipChannelOperation, connection),
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
    getApnsVoipSandboxChannel: bindOperation(getApnsVoipSandboxChannel, GetApnsVoipSandboxChannelOperation, connection),
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
    updateApnsVoipSandboxChannel: bindOperation(updateApnsVoipSandboxChannel, UpdateApnsVoipSandboxChannelOperation, connection),
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
    deleteApnsVoipSandboxChannel: bindOperation(deleteApnsVoipSandboxChannel, DeleteApnsVoipSandboxChannelOperation, connection),
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
    getBaiduChannel: bindOperation(getBaiduChannel, GetBaiduChannelOperation, connection),
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
    updateBaiduChannel: bindOperation(updateBaiduChannel, UpdateBaiduChannelOperation, connection),
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
    deleteBaiduChannel: bindOperation(deleteBaiduChannel, DeleteBaiduChannelOperation, connection),
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
    getEmailChannel: bindOperation(getEmailChannel, GetEmailChannelOperation, connection),
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
    updateEmailChannel: bindOperation(updateEmailChannel, UpdateEmailChannelOperation, connection),
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
    deleteEmailChannel: bindOperation(deleteEmailChannel, DeleteEmailChannelOperation, connection),
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
    getGcmChannel: bindOperation(getGcmChannel, GetGcmChannelOperation, connection),
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
    updateGcmChannel: bindOperation(updateGcmChannel, UpdateGcmChannelOperation, connection),
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
    deleteGcmChannel: bindOperation(deleteGcmChannel, DeleteGcmChannelOperation, connection),
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
    getSmsChannel: bindOperation(getSmsChannel, GetSmsChannelOperation, connection),
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
    updateSmsChannel: bindOperation(updateSmsChannel, UpdateSmsChannelOperation, connection),
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
    deleteSmsChannel: bindOperation(deleteSmsChannel, DeleteSmsChannelOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Endpoints were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
     */
    updateEndpointsBatch: bindOperation(updateEndpointsBatch, UpdateEndpointsBatchOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Endpoints were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
     */
    getEndpoint: bindOperation(getEndpoint, GetEndpointOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Endpoints were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
     */
    updateEndpoint: bindOperation(updateEndpoint, UpdateEndpointOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Endpoints were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
     */
    deleteEndpoint: bindOperation(deleteEndpoint, DeleteEndpointOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Events feed Amazon Pinpoint's analytics, which were retired with its engagement features.
     */
    putEvents: bindOperation(putEvents, PutEventsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: The event stream exports Amazon Pinpoint's analytics, which were retired with its engagement features.
     */
    getEventStream: bindOperation(getEventStream, GetEventStreamOperation, connection),
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
     * @deprecated End of support on 2026-10-30: The event stream exports Amazon Pinpoint's analytics, which were retired with its engagement features.
     */
    putEventStream: bindOperation(putEventStream, PutEventStreamOperation, connection),
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
     * @deprecated End of support on 2026-10-30: The event stream exports Amazon Pinpoint's analytics, which were retired with its engagement features.
     */
    deleteEventStream: bindOperation(deleteEventStream, DeleteEventStreamOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Export jobs export endpoints, which were retired with Amazon Pinpoint's engagement features.
     */
    getExportJobs: bindOperation(getExportJobs, GetExportJobsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Export jobs export endpoints, which were retired with Amazon Pinpoint's engagement features.
     */
    createExportJob: bindOperation(createExportJob, CreateExportJobOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Export jobs export endpoints, which were retired with Amazon Pinpoint's engagement features.
     */
    getExportJob: bindOperation(getExportJob, GetExportJobOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Import jobs import endpoints and segments, which were retired with Amazon Pinpoint's engagement features.
     */
    getImportJobs: bindOperation(getImportJobs, GetImportJobsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Import jobs import endpoints and segments, which were retired with Amazon Pinpoint's engagement features.
     */
    createImportJob: bindOperation(createImportJob, CreateImportJobOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Import jobs import endpoints and segments, which were retired with Amazon Pinpoint's engagement features.
     */
    getImportJob: bindOperation(getImportJob, GetImportJobOperation, connection),
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
    sendMessages: bindOperation(sendMessages, SendMessagesOperation, connection),
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
    phoneNumberValidate: bindOperation(phoneNumberValidate, PhoneNumberValidateOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
     */
    getSegments: bindOperation(getSegments, GetSegmentsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
     */
    createSegment: bindOperation(createSegment, CreateSegmentOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
     */
    getSegment: bindOperation(getSegment, GetSegmentOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
     */
    updateSegment: bindOperation(updateSegment, UpdateSegmentOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
     */
    deleteSegment: bindOperation(deleteSegment, DeleteSegmentOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
     */
    getSegmentExportJobs: bindOperation(getSegmentExportJobs, GetSegmentExportJobsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
     */
    getSegmentImportJobs: bindOperation(getSegmentImportJobs, GetSegmentImportJobsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
     */
    getSegmentVersions: bindOperation(getSegmentVersions, GetSegmentVersionsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: Segments were retired with Amazon Pinpoint's engagement features.
     */
    getSegmentVersion: bindOperation(getSegmentVersion, GetSegmentVersionOperation, connection),
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
     * @deprecated End of support on 2026-10-30: These settings (campaign hook, limits, quiet time) configure campaigns, which were retired with Amazon Pinpoint's engagement features.
     */
    getApplicationSettings: bindOperation(getApplicationSettings, GetApplicationSettingsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: These settings (campaign hook, limits, quiet time) configure campaigns, which were retired with Amazon Pinpoint's engagement features.
     */
    updateApplicationSettings: bindOperation(updateApplicationSettings, UpdateApplicationSettingsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: It sends through users' endpoints, which were retired with Amazon Pinpoint's engagement features; sendMessages still sends to addresses.
     */
    sendUsersMessages: bindOperation(sendUsersMessages, SendUsersMessagesOperation, connection),
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
     * @deprecated End of support on 2026-10-30: A user's endpoints were retired with Amazon Pinpoint's engagement features.
     */
    getUserEndpoints: bindOperation(getUserEndpoints, GetUserEndpointsOperation, connection),
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
     * @deprecated End of support on 2026-10-30: A user's endpoints were retired with Amazon Pinpoint's engagement features.
     */
    deleteUserEndpoints: bindOperation(deleteUserEndpoints, DeleteUserEndpointsOperation, connection),
  };
}

export type PinpointClient = ReturnType<typeof createPinpointClient>;
