// Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.
import type * as types from "./types.js";

export interface ValidationIssue {
  /** JSON pointer to the offending value, "" for the whole value. */
  instancePath: string;
  /** The JSON Schema keyword that failed, e.g. "required", "type", "enum". */
  keyword: string;
  /** Why, in words, with the allowed values where there is a list of them. */
  message: string;
  params: Record<string, unknown>;
}
export type ValidationResult = { valid: true; errors: readonly [] } | { valid: false; errors: ValidationIssue[] };
/** One line per issue: "<instance path>: <reason>". */
export declare function formatIssues(issues: readonly ValidationIssue[]): string;

/** Checks a value against `ApplicationResponse`. */
export declare function validateApplicationResponse(data: unknown): ValidationResult;
export declare function isApplicationResponse(data: unknown): data is types.ApplicationResponse;
/** Checks a value against `ApplicationsResponse`. */
export declare function validateApplicationsResponse(data: unknown): ValidationResult;
export declare function isApplicationsResponse(data: unknown): data is types.ApplicationsResponse;
/** Checks a value against `MessageBody`. */
export declare function validateMessageBody(data: unknown): ValidationResult;
export declare function isMessageBody(data: unknown): data is types.MessageBody;
/** Checks a value against `CreateApplicationRequest`. */
export declare function validateCreateApplicationRequest(data: unknown): ValidationResult;
export declare function isCreateApplicationRequest(data: unknown): data is types.CreateApplicationRequest;
/** Checks a value against `Message`. */
export declare function validateMessage(data: unknown): ValidationResult;
export declare function isMessage(data: unknown): data is types.Message;
/** Checks a value against `CampaignEmailMessage`. */
export declare function validateCampaignEmailMessage(data: unknown): ValidationResult;
export declare function isCampaignEmailMessage(data: unknown): data is types.CampaignEmailMessage;
/** Checks a value against `CampaignSmsMessage`. */
export declare function validateCampaignSmsMessage(data: unknown): ValidationResult;
export declare function isCampaignSmsMessage(data: unknown): data is types.CampaignSmsMessage;
/** Checks a value against `MessageConfiguration`. */
export declare function validateMessageConfiguration(data: unknown): ValidationResult;
export declare function isMessageConfiguration(data: unknown): data is types.MessageConfiguration;
/** Checks a value against `QuietTime`. */
export declare function validateQuietTime(data: unknown): ValidationResult;
export declare function isQuietTime(data: unknown): data is types.QuietTime;
/** Checks a value against `Schedule`. */
export declare function validateSchedule(data: unknown): ValidationResult;
export declare function isSchedule(data: unknown): data is types.Schedule;
/** Checks a value against `CampaignState`. */
export declare function validateCampaignState(data: unknown): ValidationResult;
export declare function isCampaignState(data: unknown): data is types.CampaignState;
/** Checks a value against `TreatmentResource`. */
export declare function validateTreatmentResource(data: unknown): ValidationResult;
export declare function isTreatmentResource(data: unknown): data is types.TreatmentResource;
/** Checks a value against `CampaignHook`. */
export declare function validateCampaignHook(data: unknown): ValidationResult;
export declare function isCampaignHook(data: unknown): data is types.CampaignHook;
/** Checks a value against `CampaignLimits`. */
export declare function validateCampaignLimits(data: unknown): ValidationResult;
export declare function isCampaignLimits(data: unknown): data is types.CampaignLimits;
/** Checks a value against `CampaignResponse`. */
export declare function validateCampaignResponse(data: unknown): ValidationResult;
export declare function isCampaignResponse(data: unknown): data is types.CampaignResponse;
/** Checks a value against `CampaignsResponse`. */
export declare function validateCampaignsResponse(data: unknown): ValidationResult;
export declare function isCampaignsResponse(data: unknown): data is types.CampaignsResponse;
/** Checks a value against `WriteTreatmentResource`. */
export declare function validateWriteTreatmentResource(data: unknown): ValidationResult;
export declare function isWriteTreatmentResource(data: unknown): data is types.WriteTreatmentResource;
/** Checks a value against `WriteCampaignRequest`. */
export declare function validateWriteCampaignRequest(data: unknown): ValidationResult;
export declare function isWriteCampaignRequest(data: unknown): data is types.WriteCampaignRequest;
/** Checks a value against `ActivityResponse`. */
export declare function validateActivityResponse(data: unknown): ValidationResult;
export declare function isActivityResponse(data: unknown): data is types.ActivityResponse;
/** Checks a value against `ActivitiesResponse`. */
export declare function validateActivitiesResponse(data: unknown): ValidationResult;
export declare function isActivitiesResponse(data: unknown): data is types.ActivitiesResponse;
/** Checks a value against `ADMChannelResponse`. */
export declare function validateADMChannelResponse(data: unknown): ValidationResult;
export declare function isADMChannelResponse(data: unknown): data is types.ADMChannelResponse;
/** Checks a value against `ADMChannelRequest`. */
export declare function validateADMChannelRequest(data: unknown): ValidationResult;
export declare function isADMChannelRequest(data: unknown): data is types.ADMChannelRequest;
/** Checks a value against `APNSChannelResponse`. */
export declare function validateAPNSChannelResponse(data: unknown): ValidationResult;
export declare function isAPNSChannelResponse(data: unknown): data is types.APNSChannelResponse;
/** Checks a value against `APNSChannelRequest`. */
export declare function validateAPNSChannelRequest(data: unknown): ValidationResult;
export declare function isAPNSChannelRequest(data: unknown): data is types.APNSChannelRequest;
/** Checks a value against `APNSSandboxChannelResponse`. */
export declare function validateAPNSSandboxChannelResponse(data: unknown): ValidationResult;
export declare function isAPNSSandboxChannelResponse(data: unknown): data is types.APNSSandboxChannelResponse;
/** Checks a value against `APNSSandboxChannelRequest`. */
export declare function validateAPNSSandboxChannelRequest(data: unknown): ValidationResult;
export declare function isAPNSSandboxChannelRequest(data: unknown): data is types.APNSSandboxChannelRequest;
/** Checks a value against `APNSVoipChannelResponse`. */
export declare function validateAPNSVoipChannelResponse(data: unknown): ValidationResult;
export declare function isAPNSVoipChannelResponse(data: unknown): data is types.APNSVoipChannelResponse;
/** Checks a value against `APNSVoipChannelRequest`. */
export declare function validateAPNSVoipChannelRequest(data: unknown): ValidationResult;
export declare function isAPNSVoipChannelRequest(data: unknown): data is types.APNSVoipChannelRequest;
/** Checks a value against `APNSVoipSandboxChannelResponse`. */
export declare function validateAPNSVoipSandboxChannelResponse(data: unknown): ValidationResult;
export declare function isAPNSVoipSandboxChannelResponse(data: unknown): data is types.APNSVoipSandboxChannelResponse;
/** Checks a value against `APNSVoipSandboxChannelRequest`. */
export declare function validateAPNSVoipSandboxChannelRequest(data: unknown): ValidationResult;
export declare function isAPNSVoipSandboxChannelRequest(data: unknown): data is types.APNSVoipSandboxChannelRequest;
/** Checks a value against `BaiduChannelResponse`. */
export declare function validateBaiduChannelResponse(data: unknown): ValidationResult;
export declare function isBaiduChannelResponse(data: unknown): data is types.BaiduChannelResponse;
/** Checks a value against `BaiduChannelRequest`. */
export declare function validateBaiduChannelRequest(data: unknown): ValidationResult;
export declare function isBaiduChannelRequest(data: unknown): data is types.BaiduChannelRequest;
/** Checks a value against `EmailChannelResponse`. */
export declare function validateEmailChannelResponse(data: unknown): ValidationResult;
export declare function isEmailChannelResponse(data: unknown): data is types.EmailChannelResponse;
/** Checks a value against `EmailChannelRequest`. */
export declare function validateEmailChannelRequest(data: unknown): ValidationResult;
export declare function isEmailChannelRequest(data: unknown): data is types.EmailChannelRequest;
/** Checks a value against `GCMChannelResponse`. */
export declare function validateGCMChannelResponse(data: unknown): ValidationResult;
export declare function isGCMChannelResponse(data: unknown): data is types.GCMChannelResponse;
/** Checks a value against `GCMChannelRequest`. */
export declare function validateGCMChannelRequest(data: unknown): ValidationResult;
export declare function isGCMChannelRequest(data: unknown): data is types.GCMChannelRequest;
/** Checks a value against `SMSChannelResponse`. */
export declare function validateSMSChannelResponse(data: unknown): ValidationResult;
export declare function isSMSChannelResponse(data: unknown): data is types.SMSChannelResponse;
/** Checks a value against `SMSChannelRequest`. */
export declare function validateSMSChannelRequest(data: unknown): ValidationResult;
export declare function isSMSChannelRequest(data: unknown): data is types.SMSChannelRequest;
/** Checks a value against `EndpointDemographic`. */
export declare function validateEndpointDemographic(data: unknown): ValidationResult;
export declare function isEndpointDemographic(data: unknown): data is types.EndpointDemographic;
/** Checks a value against `EndpointLocation`. */
export declare function validateEndpointLocation(data: unknown): ValidationResult;
export declare function isEndpointLocation(data: unknown): data is types.EndpointLocation;
/** Checks a value against `EndpointUser`. */
export declare function validateEndpointUser(data: unknown): ValidationResult;
export declare function isEndpointUser(data: unknown): data is types.EndpointUser;
/** Checks a value against `EndpointBatchItem`. */
export declare function validateEndpointBatchItem(data: unknown): ValidationResult;
export declare function isEndpointBatchItem(data: unknown): data is types.EndpointBatchItem;
/** Checks a value against `EndpointBatchRequest`. */
export declare function validateEndpointBatchRequest(data: unknown): ValidationResult;
export declare function isEndpointBatchRequest(data: unknown): data is types.EndpointBatchRequest;
/** Checks a value against `EndpointResponse`. */
export declare function validateEndpointResponse(data: unknown): ValidationResult;
export declare function isEndpointResponse(data: unknown): data is types.EndpointResponse;
/** Checks a value against `EndpointRequest`. */
export declare function validateEndpointRequest(data: unknown): ValidationResult;
export declare function isEndpointRequest(data: unknown): data is types.EndpointRequest;
/** Checks a value against `PublicEndpoint`. */
export declare function validatePublicEndpoint(data: unknown): ValidationResult;
export declare function isPublicEndpoint(data: unknown): data is types.PublicEndpoint;
/** Checks a value against `Session`. */
export declare function validateSession(data: unknown): ValidationResult;
export declare function isSession(data: unknown): data is types.Session;
/** Checks a value against `Event`. */
export declare function validateEvent(data: unknown): ValidationResult;
export declare function isEvent(data: unknown): data is types.Event;
/** Checks a value against `EventsBatch`. */
export declare function validateEventsBatch(data: unknown): ValidationResult;
export declare function isEventsBatch(data: unknown): data is types.EventsBatch;
/** Checks a value against `EventsRequest`. */
export declare function validateEventsRequest(data: unknown): ValidationResult;
export declare function isEventsRequest(data: unknown): data is types.EventsRequest;
/** Checks a value against `EndpointItemResponse`. */
export declare function validateEndpointItemResponse(data: unknown): ValidationResult;
export declare function isEndpointItemResponse(data: unknown): data is types.EndpointItemResponse;
/** Checks a value against `EventItemResponse`. */
export declare function validateEventItemResponse(data: unknown): ValidationResult;
export declare function isEventItemResponse(data: unknown): data is types.EventItemResponse;
/** Checks a value against `ItemResponse`. */
export declare function validateItemResponse(data: unknown): ValidationResult;
export declare function isItemResponse(data: unknown): data is types.ItemResponse;
/** Checks a value against `EventsResponse`. */
export declare function validateEventsResponse(data: unknown): ValidationResult;
export declare function isEventsResponse(data: unknown): data is types.EventsResponse;
/** Checks a value against `EventStream`. */
export declare function validateEventStream(data: unknown): ValidationResult;
export declare function isEventStream(data: unknown): data is types.EventStream;
/** Checks a value against `WriteEventStream`. */
export declare function validateWriteEventStream(data: unknown): ValidationResult;
export declare function isWriteEventStream(data: unknown): data is types.WriteEventStream;
/** Checks a value against `ExportJobResource`. */
export declare function validateExportJobResource(data: unknown): ValidationResult;
export declare function isExportJobResource(data: unknown): data is types.ExportJobResource;
/** Checks a value against `ExportJobResponse`. */
export declare function validateExportJobResponse(data: unknown): ValidationResult;
export declare function isExportJobResponse(data: unknown): data is types.ExportJobResponse;
/** Checks a value against `ExportJobsResponse`. */
export declare function validateExportJobsResponse(data: unknown): ValidationResult;
export declare function isExportJobsResponse(data: unknown): data is types.ExportJobsResponse;
/** Checks a value against `ExportJobRequest`. */
export declare function validateExportJobRequest(data: unknown): ValidationResult;
export declare function isExportJobRequest(data: unknown): data is types.ExportJobRequest;
/** Checks a value against `ImportJobResource`. */
export declare function validateImportJobResource(data: unknown): ValidationResult;
export declare function isImportJobResource(data: unknown): data is types.ImportJobResource;
/** Checks a value against `ImportJobResponse`. */
export declare function validateImportJobResponse(data: unknown): ValidationResult;
export declare function isImportJobResponse(data: unknown): data is types.ImportJobResponse;
/** Checks a value against `ImportJobsResponse`. */
export declare function validateImportJobsResponse(data: unknown): ValidationResult;
export declare function isImportJobsResponse(data: unknown): data is types.ImportJobsResponse;
/** Checks a value against `ImportJobRequest`. */
export declare function validateImportJobRequest(data: unknown): ValidationResult;
export declare function isImportJobRequest(data: unknown): data is types.ImportJobRequest;
/** Checks a value against `DefaultMessage`. */
export declare function validateDefaultMessage(data: unknown): ValidationResult;
export declare function isDefaultMessage(data: unknown): data is types.DefaultMessage;
/** Checks a value against `DefaultPushNotificationMessage`. */
export declare function validateDefaultPushNotificationMessage(data: unknown): ValidationResult;
export declare function isDefaultPushNotificationMessage(data: unknown): data is types.DefaultPushNotificationMessage;
/** Checks a value against `APNSMessage`. */
export declare function validateAPNSMessage(data: unknown): ValidationResult;
export declare function isAPNSMessage(data: unknown): data is types.APNSMessage;
/** Checks a value against `GCMMessage`. */
export declare function validateGCMMessage(data: unknown): ValidationResult;
export declare function isGCMMessage(data: unknown): data is types.GCMMessage;
/** Checks a value against `BaiduMessage`. */
export declare function validateBaiduMessage(data: unknown): ValidationResult;
export declare function isBaiduMessage(data: unknown): data is types.BaiduMessage;
/** Checks a value against `ADMMessage`. */
export declare function validateADMMessage(data: unknown): ValidationResult;
export declare function isADMMessage(data: unknown): data is types.ADMMessage;
/** Checks a value against `SimpleEmailPart`. */
export declare function validateSimpleEmailPart(data: unknown): ValidationResult;
export declare function isSimpleEmailPart(data: unknown): data is types.SimpleEmailPart;
/** Checks a value against `SimpleEmail`. */
export declare function validateSimpleEmail(data: unknown): ValidationResult;
export declare function isSimpleEmail(data: unknown): data is types.SimpleEmail;
/** Checks a value against `RawEmail`. */
export declare function validateRawEmail(data: unknown): ValidationResult;
export declare function isRawEmail(data: unknown): data is types.RawEmail;
/** Checks a value against `EmailMessage`. */
export declare function validateEmailMessage(data: unknown): ValidationResult;
export declare function isEmailMessage(data: unknown): data is types.EmailMessage;
/** Checks a value against `SMSMessage`. */
export declare function validateSMSMessage(data: unknown): ValidationResult;
export declare function isSMSMessage(data: unknown): data is types.SMSMessage;
/** Checks a value against `VoiceMessage`. */
export declare function validateVoiceMessage(data: unknown): ValidationResult;
export declare function isVoiceMessage(data: unknown): data is types.VoiceMessage;
/** Checks a value against `DirectMessageConfiguration`. */
export declare function validateDirectMessageConfiguration(data: unknown): ValidationResult;
export declare function isDirectMessageConfiguration(data: unknown): data is types.DirectMessageConfiguration;
/** Checks a value against `Template`. */
export declare function validateTemplate(data: unknown): ValidationResult;
export declare function isTemplate(data: unknown): data is types.Template;
/** Checks a value against `TemplateConfiguration`. */
export declare function validateTemplateConfiguration(data: unknown): ValidationResult;
export declare function isTemplateConfiguration(data: unknown): data is types.TemplateConfiguration;
/** Checks a value against `AddressConfiguration`. */
export declare function validateAddressConfiguration(data: unknown): ValidationResult;
export declare function isAddressConfiguration(data: unknown): data is types.AddressConfiguration;
/** Checks a value against `EndpointSendConfiguration`. */
export declare function validateEndpointSendConfiguration(data: unknown): ValidationResult;
export declare function isEndpointSendConfiguration(data: unknown): data is types.EndpointSendConfiguration;
/** Checks a value against `MessageRequest`. */
export declare function validateMessageRequest(data: unknown): ValidationResult;
export declare function isMessageRequest(data: unknown): data is types.MessageRequest;
/** Checks a value against `MessageResult`. */
export declare function validateMessageResult(data: unknown): ValidationResult;
export declare function isMessageResult(data: unknown): data is types.MessageResult;
/** Checks a value against `EndpointMessageResult`. */
export declare function validateEndpointMessageResult(data: unknown): ValidationResult;
export declare function isEndpointMessageResult(data: unknown): data is types.EndpointMessageResult;
/** Checks a value against `MessageResponse`. */
export declare function validateMessageResponse(data: unknown): ValidationResult;
export declare function isMessageResponse(data: unknown): data is types.MessageResponse;
/** Checks a value against `NumberValidateRequest`. */
export declare function validateNumberValidateRequest(data: unknown): ValidationResult;
export declare function isNumberValidateRequest(data: unknown): data is types.NumberValidateRequest;
/** Checks a value against `NumberValidateResponse`. */
export declare function validateNumberValidateResponse(data: unknown): ValidationResult;
export declare function isNumberValidateResponse(data: unknown): data is types.NumberValidateResponse;
/** Checks a value against `AttributeDimension`. */
export declare function validateAttributeDimension(data: unknown): ValidationResult;
export declare function isAttributeDimension(data: unknown): data is types.AttributeDimension;
/** Checks a value against `RecencyDimension`. */
export declare function validateRecencyDimension(data: unknown): ValidationResult;
export declare function isRecencyDimension(data: unknown): data is types.RecencyDimension;
/** Checks a value against `SegmentBehaviors`. */
export declare function validateSegmentBehaviors(data: unknown): ValidationResult;
export declare function isSegmentBehaviors(data: unknown): data is types.SegmentBehaviors;
/** Checks a value against `SetDimension`. */
export declare function validateSetDimension(data: unknown): ValidationResult;
export declare function isSetDimension(data: unknown): data is types.SetDimension;
/** Checks a value against `SegmentDemographics`. */
export declare function validateSegmentDemographics(data: unknown): ValidationResult;
export declare function isSegmentDemographics(data: unknown): data is types.SegmentDemographics;
/** Checks a value against `GPSCoordinates`. */
export declare function validateGPSCoordinates(data: unknown): ValidationResult;
export declare function isGPSCoordinates(data: unknown): data is types.GPSCoordinates;
/** Checks a value against `GPSPointDimension`. */
export declare function validateGPSPointDimension(data: unknown): ValidationResult;
export declare function isGPSPointDimension(data: unknown): data is types.GPSPointDimension;
/** Checks a value against `SegmentLocation`. */
export declare function validateSegmentLocation(data: unknown): ValidationResult;
export declare function isSegmentLocation(data: unknown): data is types.SegmentLocation;
/** Checks a value against `MetricDimension`. */
export declare function validateMetricDimension(data: unknown): ValidationResult;
export declare function isMetricDimension(data: unknown): data is types.MetricDimension;
/** Checks a value against `SegmentDimensions`. */
export declare function validateSegmentDimensions(data: unknown): ValidationResult;
export declare function isSegmentDimensions(data: unknown): data is types.SegmentDimensions;
/** Checks a value against `SegmentImportResource`. */
export declare function validateSegmentImportResource(data: unknown): ValidationResult;
export declare function isSegmentImportResource(data: unknown): data is types.SegmentImportResource;
/** Checks a value against `SegmentReference`. */
export declare function validateSegmentReference(data: unknown): ValidationResult;
export declare function isSegmentReference(data: unknown): data is types.SegmentReference;
/** Checks a value against `SegmentGroup`. */
export declare function validateSegmentGroup(data: unknown): ValidationResult;
export declare function isSegmentGroup(data: unknown): data is types.SegmentGroup;
/** Checks a value against `SegmentGroupList`. */
export declare function validateSegmentGroupList(data: unknown): ValidationResult;
export declare function isSegmentGroupList(data: unknown): data is types.SegmentGroupList;
/** Checks a value against `SegmentResponse`. */
export declare function validateSegmentResponse(data: unknown): ValidationResult;
export declare function isSegmentResponse(data: unknown): data is types.SegmentResponse;
/** Checks a value against `SegmentsResponse`. */
export declare function validateSegmentsResponse(data: unknown): ValidationResult;
export declare function isSegmentsResponse(data: unknown): data is types.SegmentsResponse;
/** Checks a value against `WriteSegmentRequest`. */
export declare function validateWriteSegmentRequest(data: unknown): ValidationResult;
export declare function isWriteSegmentRequest(data: unknown): data is types.WriteSegmentRequest;
/** Checks a value against `ApplicationSettingsResource`. */
export declare function validateApplicationSettingsResource(data: unknown): ValidationResult;
export declare function isApplicationSettingsResource(data: unknown): data is types.ApplicationSettingsResource;
/** Checks a value against `WriteApplicationSettingsRequest`. */
export declare function validateWriteApplicationSettingsRequest(data: unknown): ValidationResult;
export declare function isWriteApplicationSettingsRequest(data: unknown): data is types.WriteApplicationSettingsRequest;
/** Checks a value against `SendUsersMessageRequest`. */
export declare function validateSendUsersMessageRequest(data: unknown): ValidationResult;
export declare function isSendUsersMessageRequest(data: unknown): data is types.SendUsersMessageRequest;
/** Checks a value against `SendUsersMessageResponse`. */
export declare function validateSendUsersMessageResponse(data: unknown): ValidationResult;
export declare function isSendUsersMessageResponse(data: unknown): data is types.SendUsersMessageResponse;
/** Checks a value against `EndpointsResponse`. */
export declare function validateEndpointsResponse(data: unknown): ValidationResult;
export declare function isEndpointsResponse(data: unknown): data is types.EndpointsResponse;
/** Checks a value against `operations["GetApps"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetAppsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApps"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetAppsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApps"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetAppsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApps"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetAppsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApps"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetAppsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApps"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetAppsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApps"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetAppsResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["CreateApp"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateCreateAppRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateApp"]["responses"][201]["content"]["application/json"]`. */
export declare function validateCreateAppResponse201(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateApp"]["responses"][400]["content"]["application/json"]`. */
export declare function validateCreateAppResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateApp"]["responses"][403]["content"]["application/json"]`. */
export declare function validateCreateAppResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateApp"]["responses"][404]["content"]["application/json"]`. */
export declare function validateCreateAppResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateApp"]["responses"][405]["content"]["application/json"]`. */
export declare function validateCreateAppResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateApp"]["responses"][429]["content"]["application/json"]`. */
export declare function validateCreateAppResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateApp"]["responses"][500]["content"]["application/json"]`. */
export declare function validateCreateAppResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApp"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetAppResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApp"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetAppResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApp"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetAppResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApp"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetAppResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApp"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetAppResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApp"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetAppResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApp"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetAppResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApp"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteAppResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApp"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteAppResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApp"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteAppResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApp"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteAppResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApp"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteAppResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApp"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteAppResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApp"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteAppResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaigns"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetCampaignsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaigns"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetCampaignsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaigns"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetCampaignsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaigns"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetCampaignsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaigns"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetCampaignsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaigns"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetCampaignsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaigns"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetCampaignsResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["CreateCampaign"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateCreateCampaignRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateCampaign"]["responses"][201]["content"]["application/json"]`. */
export declare function validateCreateCampaignResponse201(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateCampaign"]["responses"][400]["content"]["application/json"]`. */
export declare function validateCreateCampaignResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateCampaign"]["responses"][403]["content"]["application/json"]`. */
export declare function validateCreateCampaignResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateCampaign"]["responses"][404]["content"]["application/json"]`. */
export declare function validateCreateCampaignResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateCampaign"]["responses"][405]["content"]["application/json"]`. */
export declare function validateCreateCampaignResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateCampaign"]["responses"][429]["content"]["application/json"]`. */
export declare function validateCreateCampaignResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateCampaign"]["responses"][500]["content"]["application/json"]`. */
export declare function validateCreateCampaignResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaign"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetCampaignResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaign"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetCampaignResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaign"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetCampaignResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaign"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetCampaignResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaign"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetCampaignResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaign"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetCampaignResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaign"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetCampaignResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateCampaign"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateCampaignRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateCampaign"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateCampaignResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateCampaign"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateCampaignResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateCampaign"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateCampaignResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateCampaign"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateCampaignResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateCampaign"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateCampaignResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateCampaign"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateCampaignResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateCampaign"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateCampaignResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteCampaign"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteCampaignResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteCampaign"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteCampaignResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteCampaign"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteCampaignResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteCampaign"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteCampaignResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteCampaign"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteCampaignResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteCampaign"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteCampaignResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteCampaign"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteCampaignResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignActivities"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetCampaignActivitiesResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignActivities"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetCampaignActivitiesResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignActivities"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetCampaignActivitiesResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignActivities"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetCampaignActivitiesResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignActivities"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetCampaignActivitiesResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignActivities"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetCampaignActivitiesResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignActivities"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetCampaignActivitiesResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersions"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersions"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersions"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersions"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersions"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersions"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersions"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionsResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersion"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersion"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersion"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersion"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersion"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersion"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetCampaignVersion"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetCampaignVersionResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetAdmChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetAdmChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetAdmChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetAdmChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetAdmChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetAdmChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetAdmChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetAdmChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetAdmChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetAdmChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetAdmChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetAdmChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetAdmChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetAdmChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateAdmChannel"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateAdmChannelRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateAdmChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateAdmChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateAdmChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateAdmChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateAdmChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateAdmChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateAdmChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateAdmChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateAdmChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateAdmChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateAdmChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateAdmChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateAdmChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateAdmChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteAdmChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteAdmChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteAdmChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteAdmChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteAdmChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteAdmChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteAdmChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteAdmChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteAdmChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteAdmChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteAdmChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteAdmChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteAdmChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteAdmChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetApnsChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetApnsChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetApnsChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetApnsChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetApnsChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetApnsChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetApnsChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateApnsChannel"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateApnsChannelRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateApnsChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateApnsChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateApnsChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateApnsChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateApnsChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateApnsChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateApnsChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteApnsChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteApnsChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteApnsChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteApnsChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteApnsChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteApnsChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteApnsChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsSandboxChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetApnsSandboxChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsSandboxChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetApnsSandboxChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsSandboxChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetApnsSandboxChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsSandboxChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetApnsSandboxChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsSandboxChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetApnsSandboxChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsSandboxChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetApnsSandboxChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsSandboxChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetApnsSandboxChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateApnsSandboxChannel"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateApnsSandboxChannelRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsSandboxChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateApnsSandboxChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsSandboxChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateApnsSandboxChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsSandboxChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateApnsSandboxChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsSandboxChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateApnsSandboxChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsSandboxChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateApnsSandboxChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsSandboxChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateApnsSandboxChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsSandboxChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateApnsSandboxChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsSandboxChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteApnsSandboxChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsSandboxChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteApnsSandboxChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsSandboxChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteApnsSandboxChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsSandboxChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteApnsSandboxChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsSandboxChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteApnsSandboxChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsSandboxChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteApnsSandboxChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsSandboxChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteApnsSandboxChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetApnsVoipChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetApnsVoipChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetApnsVoipChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetApnsVoipChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetApnsVoipChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetApnsVoipChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetApnsVoipChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateApnsVoipChannel"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipChannelRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipSandboxChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetApnsVoipSandboxChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipSandboxChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetApnsVoipSandboxChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipSandboxChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetApnsVoipSandboxChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipSandboxChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetApnsVoipSandboxChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipSandboxChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetApnsVoipSandboxChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipSandboxChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetApnsVoipSandboxChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApnsVoipSandboxChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetApnsVoipSandboxChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateApnsVoipSandboxChannel"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipSandboxChannelRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipSandboxChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipSandboxChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipSandboxChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipSandboxChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipSandboxChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipSandboxChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipSandboxChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipSandboxChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipSandboxChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipSandboxChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipSandboxChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipSandboxChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApnsVoipSandboxChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateApnsVoipSandboxChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipSandboxChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipSandboxChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipSandboxChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipSandboxChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipSandboxChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipSandboxChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipSandboxChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipSandboxChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipSandboxChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipSandboxChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipSandboxChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipSandboxChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteApnsVoipSandboxChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteApnsVoipSandboxChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetBaiduChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetBaiduChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetBaiduChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetBaiduChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetBaiduChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetBaiduChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetBaiduChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetBaiduChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetBaiduChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetBaiduChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetBaiduChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetBaiduChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetBaiduChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetBaiduChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateBaiduChannel"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateBaiduChannelRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateBaiduChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateBaiduChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateBaiduChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateBaiduChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateBaiduChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateBaiduChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateBaiduChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateBaiduChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateBaiduChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateBaiduChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateBaiduChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateBaiduChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateBaiduChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateBaiduChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteBaiduChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteBaiduChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteBaiduChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteBaiduChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteBaiduChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteBaiduChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteBaiduChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteBaiduChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteBaiduChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteBaiduChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteBaiduChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteBaiduChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteBaiduChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteBaiduChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEmailChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetEmailChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEmailChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetEmailChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEmailChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetEmailChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEmailChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetEmailChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEmailChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetEmailChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEmailChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetEmailChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEmailChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetEmailChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateEmailChannel"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateEmailChannelRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEmailChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateEmailChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEmailChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateEmailChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEmailChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateEmailChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEmailChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateEmailChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEmailChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateEmailChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEmailChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateEmailChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEmailChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateEmailChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEmailChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteEmailChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEmailChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteEmailChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEmailChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteEmailChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEmailChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteEmailChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEmailChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteEmailChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEmailChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteEmailChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEmailChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteEmailChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetGcmChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetGcmChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetGcmChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetGcmChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetGcmChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetGcmChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetGcmChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetGcmChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetGcmChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetGcmChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetGcmChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetGcmChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetGcmChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetGcmChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateGcmChannel"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateGcmChannelRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateGcmChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateGcmChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateGcmChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateGcmChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateGcmChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateGcmChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateGcmChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateGcmChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateGcmChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateGcmChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateGcmChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateGcmChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateGcmChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateGcmChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteGcmChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteGcmChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteGcmChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteGcmChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteGcmChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteGcmChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteGcmChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteGcmChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteGcmChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteGcmChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteGcmChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteGcmChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteGcmChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteGcmChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSmsChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetSmsChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSmsChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetSmsChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSmsChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetSmsChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSmsChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetSmsChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSmsChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetSmsChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSmsChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetSmsChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSmsChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetSmsChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateSmsChannel"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateSmsChannelRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSmsChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateSmsChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSmsChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateSmsChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSmsChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateSmsChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSmsChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateSmsChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSmsChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateSmsChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSmsChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateSmsChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSmsChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateSmsChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSmsChannel"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteSmsChannelResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSmsChannel"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteSmsChannelResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSmsChannel"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteSmsChannelResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSmsChannel"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteSmsChannelResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSmsChannel"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteSmsChannelResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSmsChannel"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteSmsChannelResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSmsChannel"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteSmsChannelResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateEndpointsBatch"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateEndpointsBatchRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpointsBatch"]["responses"][202]["content"]["application/json"]`. */
export declare function validateUpdateEndpointsBatchResponse202(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpointsBatch"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateEndpointsBatchResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpointsBatch"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateEndpointsBatchResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpointsBatch"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateEndpointsBatchResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpointsBatch"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateEndpointsBatchResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpointsBatch"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateEndpointsBatchResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpointsBatch"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateEndpointsBatchResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEndpoint"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetEndpointResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEndpoint"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetEndpointResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEndpoint"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetEndpointResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEndpoint"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetEndpointResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEndpoint"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetEndpointResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEndpoint"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetEndpointResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEndpoint"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetEndpointResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateEndpoint"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateEndpointRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpoint"]["responses"][202]["content"]["application/json"]`. */
export declare function validateUpdateEndpointResponse202(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpoint"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateEndpointResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpoint"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateEndpointResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpoint"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateEndpointResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpoint"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateEndpointResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpoint"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateEndpointResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateEndpoint"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateEndpointResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEndpoint"]["responses"][202]["content"]["application/json"]`. */
export declare function validateDeleteEndpointResponse202(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEndpoint"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteEndpointResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEndpoint"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteEndpointResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEndpoint"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteEndpointResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEndpoint"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteEndpointResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEndpoint"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteEndpointResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEndpoint"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteEndpointResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["PutEvents"]["requestBody"]>["content"]["application/json"]`. */
export declare function validatePutEventsRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEvents"]["responses"][202]["content"]["application/json"]`. */
export declare function validatePutEventsResponse202(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEvents"]["responses"][400]["content"]["application/json"]`. */
export declare function validatePutEventsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEvents"]["responses"][403]["content"]["application/json"]`. */
export declare function validatePutEventsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEvents"]["responses"][404]["content"]["application/json"]`. */
export declare function validatePutEventsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEvents"]["responses"][405]["content"]["application/json"]`. */
export declare function validatePutEventsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEvents"]["responses"][429]["content"]["application/json"]`. */
export declare function validatePutEventsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEvents"]["responses"][500]["content"]["application/json"]`. */
export declare function validatePutEventsResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEventStream"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetEventStreamResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEventStream"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetEventStreamResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEventStream"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetEventStreamResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEventStream"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetEventStreamResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEventStream"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetEventStreamResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEventStream"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetEventStreamResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetEventStream"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetEventStreamResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["PutEventStream"]["requestBody"]>["content"]["application/json"]`. */
export declare function validatePutEventStreamRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEventStream"]["responses"][200]["content"]["application/json"]`. */
export declare function validatePutEventStreamResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEventStream"]["responses"][400]["content"]["application/json"]`. */
export declare function validatePutEventStreamResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEventStream"]["responses"][403]["content"]["application/json"]`. */
export declare function validatePutEventStreamResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEventStream"]["responses"][404]["content"]["application/json"]`. */
export declare function validatePutEventStreamResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEventStream"]["responses"][405]["content"]["application/json"]`. */
export declare function validatePutEventStreamResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEventStream"]["responses"][429]["content"]["application/json"]`. */
export declare function validatePutEventStreamResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["PutEventStream"]["responses"][500]["content"]["application/json"]`. */
export declare function validatePutEventStreamResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEventStream"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteEventStreamResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEventStream"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteEventStreamResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEventStream"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteEventStreamResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEventStream"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteEventStreamResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEventStream"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteEventStreamResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEventStream"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteEventStreamResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteEventStream"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteEventStreamResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJobs"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetExportJobsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJobs"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetExportJobsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJobs"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetExportJobsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJobs"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetExportJobsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJobs"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetExportJobsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJobs"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetExportJobsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJobs"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetExportJobsResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["CreateExportJob"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateCreateExportJobRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateExportJob"]["responses"][202]["content"]["application/json"]`. */
export declare function validateCreateExportJobResponse202(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateExportJob"]["responses"][400]["content"]["application/json"]`. */
export declare function validateCreateExportJobResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateExportJob"]["responses"][403]["content"]["application/json"]`. */
export declare function validateCreateExportJobResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateExportJob"]["responses"][404]["content"]["application/json"]`. */
export declare function validateCreateExportJobResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateExportJob"]["responses"][405]["content"]["application/json"]`. */
export declare function validateCreateExportJobResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateExportJob"]["responses"][429]["content"]["application/json"]`. */
export declare function validateCreateExportJobResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateExportJob"]["responses"][500]["content"]["application/json"]`. */
export declare function validateCreateExportJobResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJob"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetExportJobResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJob"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetExportJobResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJob"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetExportJobResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJob"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetExportJobResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJob"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetExportJobResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJob"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetExportJobResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetExportJob"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetExportJobResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJobs"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetImportJobsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJobs"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetImportJobsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJobs"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetImportJobsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJobs"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetImportJobsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJobs"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetImportJobsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJobs"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetImportJobsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJobs"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetImportJobsResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["CreateImportJob"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateCreateImportJobRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateImportJob"]["responses"][201]["content"]["application/json"]`. */
export declare function validateCreateImportJobResponse201(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateImportJob"]["responses"][400]["content"]["application/json"]`. */
export declare function validateCreateImportJobResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateImportJob"]["responses"][403]["content"]["application/json"]`. */
export declare function validateCreateImportJobResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateImportJob"]["responses"][404]["content"]["application/json"]`. */
export declare function validateCreateImportJobResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateImportJob"]["responses"][405]["content"]["application/json"]`. */
export declare function validateCreateImportJobResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateImportJob"]["responses"][429]["content"]["application/json"]`. */
export declare function validateCreateImportJobResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateImportJob"]["responses"][500]["content"]["application/json"]`. */
export declare function validateCreateImportJobResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJob"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetImportJobResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJob"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetImportJobResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJob"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetImportJobResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJob"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetImportJobResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJob"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetImportJobResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJob"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetImportJobResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetImportJob"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetImportJobResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["SendMessages"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateSendMessagesRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["SendMessages"]["responses"][200]["content"]["application/json"]`. */
export declare function validateSendMessagesResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["SendMessages"]["responses"][400]["content"]["application/json"]`. */
export declare function validateSendMessagesResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["SendMessages"]["responses"][403]["content"]["application/json"]`. */
export declare function validateSendMessagesResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["SendMessages"]["responses"][404]["content"]["application/json"]`. */
export declare function validateSendMessagesResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["SendMessages"]["responses"][405]["content"]["application/json"]`. */
export declare function validateSendMessagesResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["SendMessages"]["responses"][429]["content"]["application/json"]`. */
export declare function validateSendMessagesResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["SendMessages"]["responses"][500]["content"]["application/json"]`. */
export declare function validateSendMessagesResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["PhoneNumberValidate"]["requestBody"]>["content"]["application/json"]`. */
export declare function validatePhoneNumberValidateRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["PhoneNumberValidate"]["responses"][200]["content"]["application/json"]`. */
export declare function validatePhoneNumberValidateResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["PhoneNumberValidate"]["responses"][400]["content"]["application/json"]`. */
export declare function validatePhoneNumberValidateResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["PhoneNumberValidate"]["responses"][403]["content"]["application/json"]`. */
export declare function validatePhoneNumberValidateResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["PhoneNumberValidate"]["responses"][404]["content"]["application/json"]`. */
export declare function validatePhoneNumberValidateResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["PhoneNumberValidate"]["responses"][405]["content"]["application/json"]`. */
export declare function validatePhoneNumberValidateResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["PhoneNumberValidate"]["responses"][429]["content"]["application/json"]`. */
export declare function validatePhoneNumberValidateResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["PhoneNumberValidate"]["responses"][500]["content"]["application/json"]`. */
export declare function validatePhoneNumberValidateResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegments"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetSegmentsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegments"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetSegmentsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegments"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetSegmentsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegments"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetSegmentsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegments"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetSegmentsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegments"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetSegmentsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegments"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetSegmentsResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["CreateSegment"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateCreateSegmentRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateSegment"]["responses"][201]["content"]["application/json"]`. */
export declare function validateCreateSegmentResponse201(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateSegment"]["responses"][400]["content"]["application/json"]`. */
export declare function validateCreateSegmentResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateSegment"]["responses"][403]["content"]["application/json"]`. */
export declare function validateCreateSegmentResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateSegment"]["responses"][404]["content"]["application/json"]`. */
export declare function validateCreateSegmentResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateSegment"]["responses"][405]["content"]["application/json"]`. */
export declare function validateCreateSegmentResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateSegment"]["responses"][429]["content"]["application/json"]`. */
export declare function validateCreateSegmentResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["CreateSegment"]["responses"][500]["content"]["application/json"]`. */
export declare function validateCreateSegmentResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegment"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetSegmentResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegment"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetSegmentResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegment"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetSegmentResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegment"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetSegmentResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegment"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetSegmentResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegment"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetSegmentResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegment"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetSegmentResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateSegment"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateSegmentRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSegment"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateSegmentResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSegment"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateSegmentResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSegment"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateSegmentResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSegment"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateSegmentResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSegment"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateSegmentResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSegment"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateSegmentResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateSegment"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateSegmentResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSegment"]["responses"][200]["content"]["application/json"]`. */
export declare function validateDeleteSegmentResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSegment"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteSegmentResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSegment"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteSegmentResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSegment"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteSegmentResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSegment"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteSegmentResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSegment"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteSegmentResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteSegment"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteSegmentResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentExportJobs"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetSegmentExportJobsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentExportJobs"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetSegmentExportJobsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentExportJobs"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetSegmentExportJobsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentExportJobs"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetSegmentExportJobsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentExportJobs"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetSegmentExportJobsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentExportJobs"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetSegmentExportJobsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentExportJobs"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetSegmentExportJobsResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentImportJobs"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetSegmentImportJobsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentImportJobs"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetSegmentImportJobsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentImportJobs"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetSegmentImportJobsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentImportJobs"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetSegmentImportJobsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentImportJobs"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetSegmentImportJobsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentImportJobs"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetSegmentImportJobsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentImportJobs"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetSegmentImportJobsResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersions"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersions"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersions"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersions"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersions"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersions"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersions"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionsResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersion"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersion"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersion"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersion"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersion"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersion"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetSegmentVersion"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetSegmentVersionResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApplicationSettings"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetApplicationSettingsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApplicationSettings"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetApplicationSettingsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApplicationSettings"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetApplicationSettingsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApplicationSettings"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetApplicationSettingsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApplicationSettings"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetApplicationSettingsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApplicationSettings"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetApplicationSettingsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetApplicationSettings"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetApplicationSettingsResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["UpdateApplicationSettings"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateUpdateApplicationSettingsRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApplicationSettings"]["responses"][200]["content"]["application/json"]`. */
export declare function validateUpdateApplicationSettingsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApplicationSettings"]["responses"][400]["content"]["application/json"]`. */
export declare function validateUpdateApplicationSettingsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApplicationSettings"]["responses"][403]["content"]["application/json"]`. */
export declare function validateUpdateApplicationSettingsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApplicationSettings"]["responses"][404]["content"]["application/json"]`. */
export declare function validateUpdateApplicationSettingsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApplicationSettings"]["responses"][405]["content"]["application/json"]`. */
export declare function validateUpdateApplicationSettingsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApplicationSettings"]["responses"][429]["content"]["application/json"]`. */
export declare function validateUpdateApplicationSettingsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["UpdateApplicationSettings"]["responses"][500]["content"]["application/json"]`. */
export declare function validateUpdateApplicationSettingsResponse500(data: unknown): ValidationResult;
/** Checks a value against `NonNullable<operations["SendUsersMessages"]["requestBody"]>["content"]["application/json"]`. */
export declare function validateSendUsersMessagesRequest(data: unknown): ValidationResult;
/** Checks a value against `operations["SendUsersMessages"]["responses"][200]["content"]["application/json"]`. */
export declare function validateSendUsersMessagesResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["SendUsersMessages"]["responses"][400]["content"]["application/json"]`. */
export declare function validateSendUsersMessagesResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["SendUsersMessages"]["responses"][403]["content"]["application/json"]`. */
export declare function validateSendUsersMessagesResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["SendUsersMessages"]["responses"][404]["content"]["application/json"]`. */
export declare function validateSendUsersMessagesResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["SendUsersMessages"]["responses"][405]["content"]["application/json"]`. */
export declare function validateSendUsersMessagesResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["SendUsersMessages"]["responses"][429]["content"]["application/json"]`. */
export declare function validateSendUsersMessagesResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["SendUsersMessages"]["responses"][500]["content"]["application/json"]`. */
export declare function validateSendUsersMessagesResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["GetUserEndpoints"]["responses"][200]["content"]["application/json"]`. */
export declare function validateGetUserEndpointsResponse200(data: unknown): ValidationResult;
/** Checks a value against `operations["GetUserEndpoints"]["responses"][400]["content"]["application/json"]`. */
export declare function validateGetUserEndpointsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["GetUserEndpoints"]["responses"][403]["content"]["application/json"]`. */
export declare function validateGetUserEndpointsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["GetUserEndpoints"]["responses"][404]["content"]["application/json"]`. */
export declare function validateGetUserEndpointsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["GetUserEndpoints"]["responses"][405]["content"]["application/json"]`. */
export declare function validateGetUserEndpointsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["GetUserEndpoints"]["responses"][429]["content"]["application/json"]`. */
export declare function validateGetUserEndpointsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["GetUserEndpoints"]["responses"][500]["content"]["application/json"]`. */
export declare function validateGetUserEndpointsResponse500(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteUserEndpoints"]["responses"][202]["content"]["application/json"]`. */
export declare function validateDeleteUserEndpointsResponse202(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteUserEndpoints"]["responses"][400]["content"]["application/json"]`. */
export declare function validateDeleteUserEndpointsResponse400(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteUserEndpoints"]["responses"][403]["content"]["application/json"]`. */
export declare function validateDeleteUserEndpointsResponse403(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteUserEndpoints"]["responses"][404]["content"]["application/json"]`. */
export declare function validateDeleteUserEndpointsResponse404(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteUserEndpoints"]["responses"][405]["content"]["application/json"]`. */
export declare function validateDeleteUserEndpointsResponse405(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteUserEndpoints"]["responses"][429]["content"]["application/json"]`. */
export declare function validateDeleteUserEndpointsResponse429(data: unknown): ValidationResult;
/** Checks a value against `operations["DeleteUserEndpoints"]["responses"][500]["content"]["application/json"]`. */
export declare function validateDeleteUserEndpointsResponse500(data: unknown): ValidationResult;
