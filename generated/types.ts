// Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.
export interface paths {
    "/v1/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications
         * @description Lists the applications in the account, one page at a time.
         */
        get: operations["GetApps"];
        put?: never;
        /**
         * Create an application
         * @description Creates an application (project).
         */
        post: operations["CreateApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get an application
         * @description Reads one application.
         */
        get: operations["GetApp"];
        put?: never;
        post?: never;
        /**
         * Delete an application
         * @description Deletes an application and answers with what it was.
         */
        delete: operations["DeleteApp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List campaigns
         * @deprecated
         * @description Lists the campaigns of an application, one page at a time.
         */
        get: operations["GetCampaigns"];
        put?: never;
        /**
         * Create a campaign
         * @deprecated
         * @description Creates a campaign in an application.
         */
        post: operations["CreateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/campaigns/{campaign-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        /**
         * Get a campaign
         * @deprecated
         * @description Reads one campaign.
         */
        get: operations["GetCampaign"];
        /**
         * Update a campaign
         * @deprecated
         * @description Changes the settings of a campaign.
         */
        put: operations["UpdateCampaign"];
        post?: never;
        /**
         * Delete a campaign
         * @deprecated
         * @description Deletes a campaign and answers with what it was.
         */
        delete: operations["DeleteCampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/campaigns/{campaign-id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        /**
         * List campaign activities
         * @deprecated
         * @description Lists the runs of a campaign and their delivery counts, one page at a time.
         */
        get: operations["GetCampaignActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/campaigns/{campaign-id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        /**
         * List campaign versions
         * @deprecated
         * @description Lists the versions of a campaign, one page at a time.
         */
        get: operations["GetCampaignVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/campaigns/{campaign-id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
                /** @description The version number. */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        /**
         * Get a campaign version
         * @deprecated
         * @description Reads one version of a campaign.
         */
        get: operations["GetCampaignVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/channels/adm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the ADM channel
         * @description Reads the ADM channel of an application.
         */
        get: operations["GetAdmChannel"];
        /**
         * Update the ADM channel
         * @description Sets up or changes the ADM channel of an application.
         */
        put: operations["UpdateAdmChannel"];
        post?: never;
        /**
         * Delete the ADM channel
         * @description Removes the ADM channel of an application and answers with what it was.
         */
        delete: operations["DeleteAdmChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/channels/apns": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the APNs channel
         * @description Reads the APNs channel of an application.
         */
        get: operations["GetApnsChannel"];
        /**
         * Update the APNs channel
         * @description Sets up or changes the APNs channel of an application.
         */
        put: operations["UpdateApnsChannel"];
        post?: never;
        /**
         * Delete the APNs channel
         * @description Removes the APNs channel of an application and answers with what it was.
         */
        delete: operations["DeleteApnsChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/channels/apns_sandbox": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the APNs sandbox channel
         * @description Reads the APNs sandbox channel of an application.
         */
        get: operations["GetApnsSandboxChannel"];
        /**
         * Update the APNs sandbox channel
         * @description Sets up or changes the APNs sandbox channel of an application.
         */
        put: operations["UpdateApnsSandboxChannel"];
        post?: never;
        /**
         * Delete the APNs sandbox channel
         * @description Removes the APNs sandbox channel of an application and answers with what it was.
         */
        delete: operations["DeleteApnsSandboxChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/channels/apns_voip": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the APNs VoIP channel
         * @description Reads the APNs VoIP channel of an application.
         */
        get: operations["GetApnsVoipChannel"];
        /**
         * Update the APNs VoIP channel
         * @description Sets up or changes the APNs VoIP channel of an application.
         */
        put: operations["UpdateApnsVoipChannel"];
        post?: never;
        /**
         * Delete the APNs VoIP channel
         * @description Removes the APNs VoIP channel of an application and answers with what it was.
         */
        delete: operations["DeleteApnsVoipChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/channels/apns_voip_sandbox": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the APNs VoIP sandbox channel
         * @description Reads the APNs VoIP sandbox channel of an application.
         */
        get: operations["GetApnsVoipSandboxChannel"];
        /**
         * Update the APNs VoIP sandbox channel
         * @description Sets up or changes the APNs VoIP sandbox channel of an application.
         */
        put: operations["UpdateApnsVoipSandboxChannel"];
        post?: never;
        /**
         * Delete the APNs VoIP sandbox channel
         * @description Removes the APNs VoIP sandbox channel of an application and answers with what it was.
         */
        delete: operations["DeleteApnsVoipSandboxChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/channels/baidu": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the Baidu channel
         * @description Reads the Baidu channel of an application.
         */
        get: operations["GetBaiduChannel"];
        /**
         * Update the Baidu channel
         * @description Sets up or changes the Baidu channel of an application.
         */
        put: operations["UpdateBaiduChannel"];
        post?: never;
        /**
         * Delete the Baidu channel
         * @description Removes the Baidu channel of an application and answers with what it was.
         */
        delete: operations["DeleteBaiduChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/channels/email": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the email channel
         * @description Reads the email channel of an application.
         */
        get: operations["GetEmailChannel"];
        /**
         * Update the email channel
         * @description Sets up or changes the email channel of an application.
         */
        put: operations["UpdateEmailChannel"];
        post?: never;
        /**
         * Delete the email channel
         * @description Removes the email channel of an application and answers with what it was.
         */
        delete: operations["DeleteEmailChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/channels/gcm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the GCM channel
         * @description Reads the GCM channel of an application.
         */
        get: operations["GetGcmChannel"];
        /**
         * Update the GCM channel
         * @description Sets up or changes the GCM channel of an application.
         */
        put: operations["UpdateGcmChannel"];
        post?: never;
        /**
         * Delete the GCM channel
         * @description Removes the GCM channel of an application and answers with what it was.
         */
        delete: operations["DeleteGcmChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/channels/sms": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the SMS channel
         * @description Reads the SMS channel of an application.
         */
        get: operations["GetSmsChannel"];
        /**
         * Update the SMS channel
         * @description Sets up or changes the SMS channel of an application.
         */
        put: operations["UpdateSmsChannel"];
        post?: never;
        /**
         * Delete the SMS channel
         * @description Removes the SMS channel of an application and answers with what it was.
         */
        delete: operations["DeleteSmsChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update endpoints in bulk
         * @deprecated
         * @description Creates or updates up to 100 endpoints of an application in one call.
         */
        put: operations["UpdateEndpointsBatch"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/endpoints/{endpoint-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The endpoint's identifier. */
                "endpoint-id": components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /**
         * Get an endpoint
         * @deprecated
         * @description Reads the settings and attributes of one endpoint of an application.
         */
        get: operations["GetEndpoint"];
        /**
         * Create or update an endpoint
         * @deprecated
         * @description Creates the endpoint or changes its settings and custom attributes, metrics and user attributes.
         */
        put: operations["UpdateEndpoint"];
        post?: never;
        /**
         * Delete an endpoint
         * @deprecated
         * @description Removes an endpoint from an application and answers with what it was.
         */
        delete: operations["DeleteEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record events
         * @deprecated
         * @description Records events for endpoints, creating or updating those endpoints as needed.
         */
        post: operations["PutEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/eventstream": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get the event stream
         * @deprecated
         * @description Reads the event stream settings of an application.
         */
        get: operations["GetEventStream"];
        put?: never;
        /**
         * Create or update the event stream
         * @deprecated
         * @description Sets the Kinesis stream or Firehose delivery stream that receives an application's events.
         */
        post: operations["PutEventStream"];
        /**
         * Delete the event stream
         * @deprecated
         * @description Removes an application's event stream and answers with what it was.
         */
        delete: operations["DeleteEventStream"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/jobs/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List export jobs
         * @deprecated
         * @description Lists the application's endpoint export jobs, one page at a time.
         */
        get: operations["GetExportJobs"];
        put?: never;
        /**
         * Create an export job
         * @deprecated
         * @description Starts a job that writes the application's endpoints to Amazon S3.
         */
        post: operations["CreateExportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/jobs/export/{job-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The job's identifier. */
                "job-id": components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Get an export job
         * @deprecated
         * @description Reads the status and settings of one export job.
         */
        get: operations["GetExportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/jobs/import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List import jobs
         * @deprecated
         * @description Lists the application's endpoint import jobs, one page at a time.
         */
        get: operations["GetImportJobs"];
        put?: never;
        /**
         * Create an import job
         * @deprecated
         * @description Starts a job that reads endpoint definitions from Amazon S3 into the application.
         */
        post: operations["CreateImportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/jobs/import/{job-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The job's identifier. */
                "job-id": components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Get an import job
         * @deprecated
         * @description Reads the status and settings of one import job.
         */
        get: operations["GetImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a direct message
         * @description Builds a one-time message and sends it at once to the given addresses and endpoints.
         */
        post: operations["SendMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/phone/number/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate a phone number
         * @description Looks up a phone number and returns its E.164 form, line type, carrier and place of registration.
         */
        post: operations["PhoneNumberValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List segments
         * @deprecated
         * @description Lists the segments of an application, one page at a time.
         */
        get: operations["GetSegments"];
        put?: never;
        /**
         * Create a segment
         * @deprecated
         * @description Creates a dimensional segment in an application.
         */
        post: operations["CreateSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/segments/{segment-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        /**
         * Get a segment
         * @deprecated
         * @description Reads one segment, in its latest version.
         */
        get: operations["GetSegment"];
        /**
         * Update a segment
         * @deprecated
         * @description Changes the name, dimensions or groups of a segment.
         */
        put: operations["UpdateSegment"];
        post?: never;
        /**
         * Delete a segment
         * @deprecated
         * @description Deletes a segment and answers with what it was.
         */
        delete: operations["DeleteSegment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/segments/{segment-id}/jobs/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        /**
         * List a segment's export jobs
         * @deprecated
         * @description Lists the export jobs of one segment, one page at a time.
         */
        get: operations["GetSegmentExportJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/segments/{segment-id}/jobs/import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        /**
         * List a segment's import jobs
         * @deprecated
         * @description Lists the import jobs of one segment, one page at a time.
         */
        get: operations["GetSegmentImportJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/segments/{segment-id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        /**
         * List segment versions
         * @deprecated
         * @description Lists the versions of one segment, one page at a time.
         */
        get: operations["GetSegmentVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/segments/{segment-id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
                /** @description The version number. */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        /**
         * Get a segment version
         * @deprecated
         * @description Reads one version of a segment.
         */
        get: operations["GetSegmentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get application settings
         * @deprecated
         * @description Reads the default settings of an application.
         */
        get: operations["GetApplicationSettings"];
        /**
         * Update application settings
         * @deprecated
         * @description Changes the default settings of an application.
         */
        put: operations["UpdateApplicationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/users-messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Message users
         * @deprecated
         * @description Sends a direct message to all endpoints of up to 100 users, at once.
         */
        post: operations["SendUsersMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{application-id}/users/{user-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The user's identifier. */
                "user-id": components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List a user's endpoints
         * @deprecated
         * @description Lists every endpoint tied to a user ID.
         */
        get: operations["GetUserEndpoints"];
        put?: never;
        post?: never;
        /**
         * Delete a user's endpoints
         * @deprecated
         * @description Removes every endpoint tied to a user ID and answers with what they were.
         */
        delete: operations["DeleteUserEndpoints"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An application (project) as the API returns it. */
        ApplicationResponse: {
            /** @description Display name of the application. */
            Name: string;
            /** @description Identifier of the application. */
            Id: string;
            /** @description Amazon Resource Name of the application. */
            Arn: string;
            /** @description Tags on the application, tag key to tag value. */
            tags?: {
                [key: string]: string;
            };
        };
        /** @description One page of applications. */
        ApplicationsResponse: {
            /** @description Token for the next page; absent on the last page. */
            NextToken?: string;
            /** @description The applications on this page. */
            Item?: components["schemas"]["ApplicationResponse"][];
        };
        /** @description Result or error information returned by the API. */
        MessageBody: {
            /** @description Identifier of the request. */
            RequestID?: string;
            /** @description Text returned by the API. */
            Message?: string;
        };
        /** @description What a new application is created with. */
        CreateApplicationRequest: {
            /** @description Display name of the application, shown in the console. */
            Name: string;
            /** @description Tags to put on the application, tag key to tag value. */
            tags?: {
                [key: string]: string;
            };
        };
        /** @description A push notification sent by a campaign. */
        Message: {
            /**
             * @description What happens when the recipient taps the notification (OPEN_APP is the default).
             * @enum {string}
             */
            Action?: "OPEN_APP" | "DEEP_LINK" | "URL";
            /** @description Text of the notification, at most 140 characters. */
            Body?: string;
            /** @description URL of the notification's icon image. */
            ImageIconUrl?: string;
            /** @description URL of the notification's small icon image. */
            ImageSmallIconUrl?: string;
            /** @description URL of an image shown in the notification. */
            ImageUrl?: string;
            /** @description JSON payload for a silent push. */
            JsonBody?: string;
            /** @description URL of an image or video shown in the notification. */
            MediaUrl?: string;
            /** @description Raw JSON payload that replaces the whole message. */
            RawContent?: string;
            /** @description Whether the notification is delivered without being shown. */
            SilentPush?: boolean;
            /** @description Seconds to keep retrying delivery (APNs and GCM only); 0 means no retry. */
            TimeToLive?: number;
            /** @description Title shown above the notification text. */
            Title?: string;
            /** @description Web page opened when Action is URL. */
            Url?: string;
        };
        /** @description The email a campaign sends. */
        CampaignEmailMessage: {
            /** @description Plain-text body of the email. */
            Body?: string;
            /** @description Sender address; the email channel's address is used when absent. */
            FromAddress?: string;
            /** @description HTML body of the email. */
            HtmlBody?: string;
            /** @description Subject line of the email. */
            Title?: string;
        };
        /** @description The SMS message a campaign sends. */
        CampaignSmsMessage: {
            /** @description Text of the SMS message. */
            Body?: string;
            /**
             * @description Whether the message is transactional or promotional.
             * @enum {string}
             */
            MessageType?: "TRANSACTIONAL" | "PROMOTIONAL";
            /** @description Sender ID shown to the recipient. */
            SenderId?: string;
        };
        /** @description The messages a campaign sends, a default one plus optional per-channel overrides. */
        MessageConfiguration: {
            /** @description Message for ADM channels; replaces the default message there. */
            ADMMessage?: components["schemas"]["Message"];
            /** @description Message for APNs channels; replaces the default message there. */
            APNSMessage?: components["schemas"]["Message"];
            /** @description Message for Baidu channels; replaces the default message there. */
            BaiduMessage?: components["schemas"]["Message"];
            /** @description Message used on every channel without its own override. */
            DefaultMessage?: components["schemas"]["Message"];
            EmailMessage?: components["schemas"]["CampaignEmailMessage"];
            /** @description Message for GCM channels; replaces the default message there. */
            GCMMessage?: components["schemas"]["Message"];
            SMSMessage?: components["schemas"]["CampaignSmsMessage"];
        };
        /** @description A daily time window, in the endpoint's time zone, during which no messages are sent. */
        QuietTime: {
            /** @description End of the window, as HH:mm in 24-hour time (e.g. 14:30). */
            End?: string;
            /** @description Start of the window, as HH:mm in 24-hour time (e.g. 02:30). */
            Start?: string;
        };
        /** @description When and how often a campaign runs. */
        Schedule: {
            /**
             * Format: date-time
             * @description When the campaign stops (ISO 8601).
             */
            EndTime?: string;
            /**
             * @description How often the campaign sends.
             * @enum {string}
             */
            Frequency?: "ONCE" | "HOURLY" | "DAILY" | "WEEKLY" | "MONTHLY";
            /** @description Whether the schedule follows each recipient's local time. */
            IsLocalTime?: boolean;
            /** @description Daily window in which the campaign sends nothing (needs the endpoint's Demographic.Timezone). */
            QuietTime?: components["schemas"]["QuietTime"];
            /**
             * Format: date-time
             * @description When the campaign starts (ISO 8601).
             */
            StartTime?: string;
            /**
             * @description UTC offset the schedule starts from when IsLocalTime is true.
             * @enum {string}
             */
            Timezone?: "UTC" | "UTC+01" | "UTC+02" | "UTC+03" | "UTC+03:30" | "UTC+04" | "UTC+04:30" | "UTC+05" | "UTC+05:30" | "UTC+05:45" | "UTC+06" | "UTC+06:30" | "UTC+07" | "UTC+08" | "UTC+09" | "UTC+09:30" | "UTC+10" | "UTC+10:30" | "UTC+11" | "UTC+12" | "UTC+13" | "UTC-02" | "UTC-03" | "UTC-04" | "UTC-05" | "UTC-06" | "UTC-07" | "UTC-08" | "UTC-09" | "UTC-10" | "UTC-11";
        };
        /** @description The status of a campaign or of one of its treatments. */
        CampaignState: {
            /**
             * @description Current status.
             * @enum {string}
             */
            CampaignStatus?: "SCHEDULED" | "EXECUTING" | "PENDING_NEXT_RUN" | "COMPLETED" | "PAUSED";
        };
        /** @description One additional treatment (A/B test variant) of a campaign, as the API returns it. */
        TreatmentResource: {
            /** @description Identifier of the treatment. */
            Id?: string;
            MessageConfiguration?: components["schemas"]["MessageConfiguration"];
            Schedule?: components["schemas"]["Schedule"];
            /** @description Percentage of the audience that gets this treatment. */
            SizePercent?: number;
            /** @description Status of the treatment. */
            State?: components["schemas"]["CampaignState"];
            /** @description Free-text description of the treatment. */
            TreatmentDescription?: string;
            /** @description Name of the treatment, for A/B testing. */
            TreatmentName?: string;
        };
        /** @description A Lambda function or web URL that a campaign calls out to. */
        CampaignHook: {
            /** @description Name or ARN of the Lambda function to call. */
            LambdaFunctionName?: string;
            /** @description The mode in which the Lambda function is invoked. */
            Mode?: string;
            /** @description Web URL to call; credentials in the URL are sent as the request's authentication. */
            WebUrl?: string;
        };
        /** @description Caps on how many messages a campaign sends and for how long. */
        CampaignLimits: {
            /** @description Most messages one endpoint may get from a campaign in 24 hours. */
            Daily?: number;
            /** @description Seconds the campaign may run after its scheduled start (at least 60). */
            MaximumDuration?: number;
            /** @description Sending rate of the campaign, from 50 to 20000 messages per second. */
            MessagesPerSecond?: number;
            /** @description Most messages one endpoint may get over the whole campaign. */
            Total?: number;
        };
        /** @description A campaign (or one version of it) as the API returns it. */
        CampaignResponse: {
            /** @description Extra treatments (A/B test variants) beyond the default one. */
            AdditionalTreatments?: components["schemas"]["TreatmentResource"][];
            /** @description Identifier of the application the campaign belongs to. */
            ApplicationId?: string;
            /**
             * Format: date-time
             * @description When the campaign was created (ISO 8601).
             */
            CreationDate?: string;
            /** @description Status of the default treatment; only on A/B test campaigns. */
            DefaultState?: components["schemas"]["CampaignState"];
            /** @description Free-text description of the campaign. */
            Description?: string;
            /** @description Percentage of the segment held back from receiving the campaign. */
            HoldoutPercent?: number;
            Hook?: components["schemas"]["CampaignHook"];
            /** @description Identifier of the campaign. */
            Id?: string;
            /** @description Whether the campaign is paused. */
            IsPaused?: boolean;
            /**
             * Format: date-time
             * @description When the campaign was last changed (ISO 8601).
             */
            LastModifiedDate?: string;
            Limits?: components["schemas"]["CampaignLimits"];
            MessageConfiguration?: components["schemas"]["MessageConfiguration"];
            /** @description Display name of the campaign. */
            Name?: string;
            Schedule?: components["schemas"]["Schedule"];
            /** @description Identifier of the segment the campaign targets. */
            SegmentId?: string;
            /** @description Version of the targeted segment. */
            SegmentVersion?: number;
            /** @description Status of the campaign; an A/B test is COMPLETED only once every treatment is. */
            State?: components["schemas"]["CampaignState"];
            /** @description Free-text description of the default treatment. */
            TreatmentDescription?: string;
            /** @description Name of the default treatment, for A/B testing. */
            TreatmentName?: string;
            /** @description Version number of the campaign. */
            Version?: number;
        };
        /** @description One page of campaigns (or of campaign versions). */
        CampaignsResponse: {
            /** @description The campaigns on this page. */
            Item?: components["schemas"]["CampaignResponse"][];
            /** @description Token for the next page; absent on the last page. */
            NextToken?: string;
        };
        /** @description The settings of one additional treatment (A/B test variant) of a campaign. */
        WriteTreatmentResource: {
            MessageConfiguration?: components["schemas"]["MessageConfiguration"];
            Schedule?: components["schemas"]["Schedule"];
            /** @description Percentage of the audience that gets this treatment. */
            SizePercent?: number;
            /** @description Free-text description of the treatment. */
            TreatmentDescription?: string;
            /** @description Name of the treatment, for A/B testing. */
            TreatmentName?: string;
        };
        /** @description The settings used to create or update a campaign. */
        WriteCampaignRequest: {
            /** @description Extra treatments (A/B test variants) beyond the default one. */
            AdditionalTreatments?: components["schemas"]["WriteTreatmentResource"][];
            /** @description Free-text description of the campaign. */
            Description?: string;
            /** @description Percentage of the segment held back from receiving the campaign. */
            HoldoutPercent?: number;
            Hook?: components["schemas"]["CampaignHook"];
            /** @description Whether the campaign is paused; set to false to resume sending. */
            IsPaused?: boolean;
            Limits?: components["schemas"]["CampaignLimits"];
            MessageConfiguration?: components["schemas"]["MessageConfiguration"];
            /** @description Display name of the campaign. */
            Name?: string;
            Schedule?: components["schemas"]["Schedule"];
            /** @description Identifier of the segment the campaign targets. */
            SegmentId?: string;
            /** @description Version of the targeted segment. */
            SegmentVersion?: number;
            /** @description Free-text description of the default treatment. */
            TreatmentDescription?: string;
            /** @description Name of the default treatment, for A/B testing. */
            TreatmentName?: string;
        };
        /** @description One run of a campaign (or of one of its treatments) and how it went. */
        ActivityResponse: {
            /** @description Identifier of the application the campaign belongs to. */
            ApplicationId?: string;
            /** @description Identifier of the campaign the activity belongs to. */
            CampaignId?: string;
            /**
             * Format: date-time
             * @description When the activity was completed or cancelled (ISO 8601).
             */
            End?: string;
            /** @description Identifier of the activity. */
            Id?: string;
            /**
             * @description Whether the activity succeeded.
             * @enum {string}
             */
            Result?: "SUCCESS" | "FAIL";
            /**
             * Format: date-time
             * @description When the activity was scheduled to start (ISO 8601).
             */
            ScheduledStart?: string;
            /**
             * Format: date-time
             * @description When the activity actually started (ISO 8601).
             */
            Start?: string;
            /**
             * @description Current state of the activity.
             * @enum {string}
             */
            State?: "PENDING" | "INITIALIZING" | "RUNNING" | "PAUSED" | "CANCELLED" | "COMPLETED";
            /** @description Endpoints the campaign delivered to successfully. */
            SuccessfulEndpointCount?: number;
            /** @description Time zones already completed. */
            TimezonesCompletedCount?: number;
            /** @description Distinct time zones in the segment. */
            TimezonesTotalCount?: number;
            /** @description Endpoints the campaign tried to deliver to. */
            TotalEndpointCount?: number;
            /** @description Identifier of the treatment (A/B test variant) the activity belongs to. */
            TreatmentId?: string;
        };
        /** @description One page of a campaign's activities (runs). */
        ActivitiesResponse: {
            /** @description The activities on this page. */
            Item?: components["schemas"]["ActivityResponse"][];
            /** @description Token for the next page; absent on the last page. */
            NextToken?: string;
        };
        /** @description The Amazon Device Messaging (ADM) channel of an application. */
        ADMChannelResponse: {
            /** @description Identifier of the application the channel belongs to. */
            ApplicationId?: string;
            /** @description When the channel was created. */
            CreationDate?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Unused; kept for backward compatibility. */
            HasCredential?: boolean;
            /** @description Legacy channel identifier; unused, kept for backward compatibility. */
            Id?: string;
            /** @description Whether the channel is archived. */
            IsArchived?: boolean;
            /** @description Who changed the channel last. */
            LastModifiedBy?: string;
            /** @description When the channel was last changed. */
            LastModifiedDate?: string;
            /**
             * @description Platform type of the channel; always `ADM` here.
             * @enum {string}
             */
            Platform?: "ADM";
            /** @description Version number of the channel. */
            Version?: number;
        };
        /** @description Settings for the Amazon Device Messaging (ADM) channel of an application. */
        ADMChannelRequest: {
            /** @description Client ID issued by the Amazon developer portal. */
            ClientId?: string;
            /** @description Client secret issued by the Amazon developer portal. */
            ClientSecret?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
        };
        /** @description The Apple Push Notification service (APNs) channel of an application. */
        APNSChannelResponse: {
            /** @description Identifier of the application the channel belongs to. */
            ApplicationId?: string;
            /** @description When the channel was created. */
            CreationDate?: string;
            /** @description Authentication method used with APNs by default. */
            DefaultAuthenticationMethod?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Unused; kept for backward compatibility. */
            HasCredential?: boolean;
            /** @description Whether a token key is set for APNs token authentication. */
            HasTokenKey?: boolean;
            /** @description Legacy channel identifier; unused, kept for backward compatibility. */
            Id?: string;
            /** @description Whether the channel is archived. */
            IsArchived?: boolean;
            /** @description Who changed the channel last. */
            LastModifiedBy?: string;
            /** @description When the channel was last changed. */
            LastModifiedDate?: string;
            /**
             * @description Platform type of the channel; always `APNS` here.
             * @enum {string}
             */
            Platform?: "APNS";
            /** @description Version number of the channel. */
            Version?: number;
        };
        /** @description Settings for the Apple Push Notification service (APNs) channel of an application. */
        APNSChannelRequest: {
            /** @description Bundle ID of the app, for APNs token authentication. */
            BundleId?: string;
            /** @description The APNs certificate issued by Apple. */
            Certificate?: string;
            /** @description Authentication method used with APNs by default. */
            DefaultAuthenticationMethod?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Private key of the APNs certificate. */
            PrivateKey?: string;
            /** @description Apple developer team ID, for APNs token authentication. */
            TeamId?: string;
            /** @description Signing key for APNs token authentication. */
            TokenKey?: string;
            /** @description Identifier of the signing key for APNs token authentication. */
            TokenKeyId?: string;
        };
        /** @description The APNs sandbox (development) channel of an application. */
        APNSSandboxChannelResponse: {
            /** @description Identifier of the application the channel belongs to. */
            ApplicationId?: string;
            /** @description When the channel was created. */
            CreationDate?: string;
            /** @description Authentication method used with APNs by default. */
            DefaultAuthenticationMethod?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Unused; kept for backward compatibility. */
            HasCredential?: boolean;
            /** @description Whether a token key is set for APNs token authentication. */
            HasTokenKey?: boolean;
            /** @description Legacy channel identifier; unused, kept for backward compatibility. */
            Id?: string;
            /** @description Whether the channel is archived. */
            IsArchived?: boolean;
            /** @description Who changed the channel last. */
            LastModifiedBy?: string;
            /** @description When the channel was last changed. */
            LastModifiedDate?: string;
            /**
             * @description Platform type of the channel; always `APNS_SANDBOX` here.
             * @enum {string}
             */
            Platform?: "APNS_SANDBOX";
            /** @description Version number of the channel. */
            Version?: number;
        };
        /** @description Settings for the APNs sandbox (development) channel of an application. */
        APNSSandboxChannelRequest: {
            /** @description Bundle ID of the app, for APNs token authentication. */
            BundleId?: string;
            /** @description The APNs certificate issued by Apple. */
            Certificate?: string;
            /** @description Authentication method used with APNs by default. */
            DefaultAuthenticationMethod?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Private key of the APNs certificate. */
            PrivateKey?: string;
            /** @description Apple developer team ID, for APNs token authentication. */
            TeamId?: string;
            /** @description Signing key for APNs token authentication. */
            TokenKey?: string;
            /** @description Identifier of the signing key for APNs token authentication. */
            TokenKeyId?: string;
        };
        /** @description The APNs VoIP channel of an application. */
        APNSVoipChannelResponse: {
            /** @description Identifier of the application the channel belongs to. */
            ApplicationId?: string;
            /** @description When the channel was created. */
            CreationDate?: string;
            /** @description Authentication method used with APNs by default. */
            DefaultAuthenticationMethod?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Unused; kept for backward compatibility. */
            HasCredential?: boolean;
            /** @description Whether a token key is set for APNs token authentication. */
            HasTokenKey?: boolean;
            /** @description Legacy channel identifier; unused, kept for backward compatibility. */
            Id?: string;
            /** @description Whether the channel is archived. */
            IsArchived?: boolean;
            /** @description Who changed the channel last. */
            LastModifiedBy?: string;
            /** @description When the channel was last changed. */
            LastModifiedDate?: string;
            /**
             * @description Platform type of the channel; always `APNS_VOIP` here.
             * @enum {string}
             */
            Platform?: "APNS_VOIP";
            /** @description Version number of the channel. */
            Version?: number;
        };
        /** @description Settings for the APNs VoIP channel of an application. */
        APNSVoipChannelRequest: {
            /** @description Bundle ID of the app, for APNs token authentication. */
            BundleId?: string;
            /** @description The APNs certificate issued by Apple. */
            Certificate?: string;
            /** @description Authentication method used with APNs by default. */
            DefaultAuthenticationMethod?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Private key of the APNs certificate. */
            PrivateKey?: string;
            /** @description Apple developer team ID, for APNs token authentication. */
            TeamId?: string;
            /** @description Signing key for APNs token authentication. */
            TokenKey?: string;
            /** @description Identifier of the signing key for APNs token authentication. */
            TokenKeyId?: string;
        };
        /** @description The APNs VoIP sandbox (development) channel of an application. */
        APNSVoipSandboxChannelResponse: {
            /** @description Identifier of the application the channel belongs to. */
            ApplicationId?: string;
            /** @description When the channel was created. */
            CreationDate?: string;
            /** @description Authentication method used with APNs by default. */
            DefaultAuthenticationMethod?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Unused; kept for backward compatibility. */
            HasCredential?: boolean;
            /** @description Whether a token key is set for APNs token authentication. */
            HasTokenKey?: boolean;
            /** @description Legacy channel identifier; unused, kept for backward compatibility. */
            Id?: string;
            /** @description Whether the channel is archived. */
            IsArchived?: boolean;
            /** @description Who changed the channel last. */
            LastModifiedBy?: string;
            /** @description When the channel was last changed. */
            LastModifiedDate?: string;
            /**
             * @description Platform type of the channel; always `APNS_VOIP_SANDBOX` here.
             * @enum {string}
             */
            Platform?: "APNS_VOIP_SANDBOX";
            /** @description Version number of the channel. */
            Version?: number;
        };
        /** @description Settings for the APNs VoIP sandbox (development) channel of an application. */
        APNSVoipSandboxChannelRequest: {
            /** @description Bundle ID of the app, for APNs token authentication. */
            BundleId?: string;
            /** @description The APNs certificate issued by Apple. */
            Certificate?: string;
            /** @description Authentication method used with APNs by default. */
            DefaultAuthenticationMethod?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Private key of the APNs certificate. */
            PrivateKey?: string;
            /** @description Apple developer team ID, for APNs token authentication. */
            TeamId?: string;
            /** @description Signing key for APNs token authentication. */
            TokenKey?: string;
            /** @description Identifier of the signing key for APNs token authentication. */
            TokenKeyId?: string;
        };
        /** @description The Baidu Cloud Push channel of an application. */
        BaiduChannelResponse: {
            /** @description Identifier of the application the channel belongs to. */
            ApplicationId?: string;
            /** @description When the channel was created. */
            CreationDate?: string;
            /** @description The Baidu API key of the channel. */
            Credential?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Unused; kept for backward compatibility. */
            HasCredential?: boolean;
            /** @description Legacy channel identifier; unused, kept for backward compatibility. */
            Id?: string;
            /** @description Whether the channel is archived. */
            IsArchived?: boolean;
            /** @description Who changed the channel last. */
            LastModifiedBy?: string;
            /** @description When the channel was last changed. */
            LastModifiedDate?: string;
            /**
             * @description Platform type of the channel; always `BAIDU` here.
             * @enum {string}
             */
            Platform?: "BAIDU";
            /** @description Version number of the channel. */
            Version?: number;
        };
        /** @description Settings for the Baidu Cloud Push channel of an application. */
        BaiduChannelRequest: {
            /** @description API key issued by Baidu. */
            ApiKey?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Secret key issued by Baidu. */
            SecretKey?: string;
        };
        /** @description The email channel of an application. */
        EmailChannelResponse: {
            /** @description Identifier of the application the channel belongs to. */
            ApplicationId?: string;
            /** @description Configuration set applied to messages sent through the channel. */
            ConfigurationSet?: string;
            /**
             * Format: date-time
             * @description When the channel was created.
             */
            CreationDate?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Sender email address of the messages. */
            FromAddress?: string;
            /** @description Unused; kept for backward compatibility. */
            HasCredential?: boolean;
            /** @description Legacy channel identifier; unused, kept for backward compatibility. */
            Id?: string;
            /** @description ARN of the verified Amazon SES identity used to send. */
            Identity?: string;
            /** @description Whether the channel is archived. */
            IsArchived?: boolean;
            /** @description Who changed the channel last. */
            LastModifiedBy?: string;
            /** @description When the channel was last changed. */
            LastModifiedDate?: string;
            /** @description How many messages the channel can send each second. */
            MessagesPerSecond?: number;
            /**
             * @description Platform type of the channel; always `EMAIL` here.
             * @enum {string}
             */
            Platform?: "EMAIL";
            /** @description ARN of the IAM role allowed to submit events for the channel. */
            RoleArn?: string;
            /** @description Version number of the channel. */
            Version?: number;
        };
        /** @description Settings for the email channel of an application. */
        EmailChannelRequest: {
            /** @description Configuration set applied to messages sent through the channel. */
            ConfigurationSet?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Sender email address of the messages. */
            FromAddress?: string;
            /** @description ARN of the verified Amazon SES identity used to send. */
            Identity?: string;
            /** @description ARN of the IAM role allowed to submit events for the channel. */
            RoleArn?: string;
        };
        /** @description The Google Cloud Messaging (GCM) channel of an application. */
        GCMChannelResponse: {
            /** @description Identifier of the application the channel belongs to. */
            ApplicationId?: string;
            /** @description When the channel was created. */
            CreationDate?: string;
            /** @description The Google API key of the channel. */
            Credential?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Unused; kept for backward compatibility. */
            HasCredential?: boolean;
            /** @description Legacy channel identifier; unused, kept for backward compatibility. */
            Id?: string;
            /** @description Whether the channel is archived. */
            IsArchived?: boolean;
            /** @description Who changed the channel last. */
            LastModifiedBy?: string;
            /** @description When the channel was last changed. */
            LastModifiedDate?: string;
            /**
             * @description Platform type of the channel; always `GCM` here.
             * @enum {string}
             */
            Platform?: "GCM";
            /** @description Version number of the channel. */
            Version?: number;
        };
        /** @description Settings for the Google Cloud Messaging (GCM) channel of an application. */
        GCMChannelRequest: {
            /** @description API key issued by Google. */
            ApiKey?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
        };
        /** @description The SMS channel of an application. */
        SMSChannelResponse: {
            /** @description Identifier of the application the channel belongs to. */
            ApplicationId?: string;
            /**
             * Format: date-time
             * @description When the channel was created.
             */
            CreationDate?: string;
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Unused; kept for backward compatibility. */
            HasCredential?: boolean;
            /** @description Legacy channel identifier; unused, kept for backward compatibility. */
            Id?: string;
            /** @description Whether the channel is archived. */
            IsArchived?: boolean;
            /** @description Who changed the channel last. */
            LastModifiedBy?: string;
            /** @description When the channel was last changed. */
            LastModifiedDate?: string;
            /**
             * @description Platform type of the channel; always `SMS` here.
             * @enum {string}
             */
            Platform?: "SMS";
            /** @description How many promotional messages the channel can send each second. */
            PromotionalMessagesPerSecond?: number;
            /** @description Sender ID shown on the messages. */
            SenderId?: string;
            /** @description Short code registered with the carrier. */
            ShortCode?: string;
            /** @description How many transactional messages the channel can send each second. */
            TransactionalMessagesPerSecond?: number;
            /** @description Version number of the channel. */
            Version?: number;
        };
        /** @description Settings for the SMS channel of an application. */
        SMSChannelRequest: {
            /** @description Whether the channel may send messages. */
            Enabled?: boolean;
            /** @description Sender ID shown on the messages. */
            SenderId?: string;
            /** @description Short code registered with the carrier. */
            ShortCode?: string;
        };
        /** @description Demographic facts about an endpoint, such as its device, platform and time zone. */
        EndpointDemographic: {
            /** @description Maker of the device, for example Apple or Samsung. */
            Make?: string;
            /** @description Model name or number of the device. */
            Model?: string;
            /** @description Version of the device model. */
            ModelVersion?: string;
            /** @description Time zone of the endpoint, as a tz database name (for example America/Los_Angeles). */
            Timezone?: string;
            /** @description Locale of the endpoint, an ISO 639-1 alpha-2 language code, an underscore and an ISO 3166-1 alpha-2 country code. */
            Locale?: string;
            /** @description Version of the app tied to the endpoint. */
            AppVersion?: string;
            /** @description Platform of the device, for example iOS or Android. */
            Platform?: string;
            /** @description Version of the device platform. */
            PlatformVersion?: string;
        };
        /** @description Where an endpoint is located. */
        EndpointLocation: {
            /** @description Latitude of the endpoint, rounded to one decimal place. */
            Latitude?: number;
            /** @description Longitude of the endpoint, rounded to one decimal place. */
            Longitude?: number;
            /** @description Postal or ZIP code of the endpoint's area. */
            PostalCode?: string;
            /** @description City of the endpoint. */
            City?: string;
            /** @description Region of the endpoint (a state, in the United States). */
            Region?: string;
            /** @description Country or region of the endpoint, as an ISO 3166-1 alpha-2 code such as US. */
            Country?: string;
        };
        /** @description The user an endpoint belongs to, with that user's custom attributes. */
        EndpointUser: {
            /** @description Identifier of the user. */
            UserId?: string;
            /** @description Custom user attributes, attribute name to a list of values; usable as segment filters. */
            UserAttributes?: {
                [key: string]: string[];
            };
        };
        /** @description One endpoint inside a batch update. */
        EndpointBatchItem: {
            /** @description Where messages for this endpoint go; its form depends on the channel (device token, E.164 phone number, email address). */
            Address?: string;
            /** @description Custom endpoint attributes, attribute name to a list of values. */
            Attributes?: {
                [key: string]: string[];
            };
            /**
             * @description The channel the endpoint belongs to.
             * @enum {string}
             */
            ChannelType?: "GCM" | "APNS" | "APNS_SANDBOX" | "APNS_VOIP" | "APNS_VOIP_SANDBOX" | "ADM" | "SMS" | "EMAIL" | "BAIDU";
            Demographic?: components["schemas"]["EndpointDemographic"];
            /**
             * Format: date-time
             * @description When the endpoint was last updated.
             */
            EffectiveDate?: string;
            /** @description Not used. */
            EndpointStatus?: string;
            /** @description Identifier of this endpoint within the batch. */
            Id?: string;
            Location?: components["schemas"]["EndpointLocation"];
            /** @description Custom metrics reported by the app, metric name to value. */
            Metrics?: {
                [key: string]: number;
            };
            /**
             * @description Whether the user has opted out of all messages (ALL) or of none (NONE).
             * @enum {string}
             */
            OptOut?: "ALL" | "NONE";
            /** @description Identifier of the latest request that updated the endpoint. */
            RequestId?: string;
            User?: components["schemas"]["EndpointUser"];
        };
        /** @description A batch of endpoints to create or update in one call. */
        EndpointBatchRequest: {
            /** @description The endpoints to create or update, up to 100 per batch. */
            Item?: components["schemas"]["EndpointBatchItem"][];
        };
        /** @description An endpoint with its channel, address, attributes and identifiers. */
        EndpointResponse: {
            /**
             * @description The channel that messages for the endpoint go through.
             * @enum {string}
             */
            ChannelType?: "GCM" | "APNS" | "APNS_SANDBOX" | "APNS_VOIP" | "APNS_VOIP_SANDBOX" | "ADM" | "SMS" | "VOICE" | "EMAIL" | "BAIDU" | "CUSTOM";
            /** @description Where messages for the endpoint are delivered; a push token, an E.164 phone number or an email address, depending on the channel. */
            Address?: string;
            /**
             * @description Whether messages go to the endpoint (ACTIVE) or not (INACTIVE); set by Amazon Pinpoint.
             * @enum {string}
             */
            EndpointStatus?: "ACTIVE" | "INACTIVE";
            /**
             * @description Whether the endpoint's user has opted out of all messages (ALL) or of none (NONE).
             * @enum {string}
             */
            OptOut?: "ALL" | "NONE";
            /** @description Identifier of the latest request that updated the endpoint. */
            RequestId?: string;
            Location?: components["schemas"]["EndpointLocation"];
            Demographic?: components["schemas"]["EndpointDemographic"];
            /**
             * Format: date-time
             * @description When the endpoint was last updated (ISO 8601).
             */
            EffectiveDate?: string;
            /** @description Custom endpoint attributes, attribute name to a list of values; usable as segment filters. */
            Attributes?: {
                [key: string]: string[];
            };
            /** @description Custom metrics the app reports for the endpoint, metric name to value. */
            Metrics?: {
                [key: string]: number;
            };
            User?: components["schemas"]["EndpointUser"];
            /** @description Identifier of the application the endpoint belongs to. */
            ApplicationId?: string;
            /** @description Identifier given to the endpoint; a GUID is recommended so that it stays unique in the application. */
            Id?: string;
            /** @description Cohort of the endpoint, a number from 0 to 99; each cohort holds about one percent of the application's endpoints. */
            CohortId?: string;
            /**
             * Format: date-time
             * @description When the endpoint was created (ISO 8601).
             */
            CreationDate?: string;
        };
        /** @description The channel, address and attributes an endpoint is created or updated with. */
        EndpointRequest: {
            /**
             * @description The channel that messages for the endpoint go through.
             * @enum {string}
             */
            ChannelType?: "GCM" | "APNS" | "APNS_SANDBOX" | "APNS_VOIP" | "APNS_VOIP_SANDBOX" | "ADM" | "SMS" | "VOICE" | "EMAIL" | "BAIDU" | "CUSTOM";
            /** @description Where messages for the endpoint are delivered; a push token, an E.164 phone number or an email address, depending on the channel. */
            Address?: string;
            /**
             * @description Whether messages go to the endpoint (ACTIVE) or not (INACTIVE); set by Amazon Pinpoint.
             * @enum {string}
             */
            EndpointStatus?: "ACTIVE" | "INACTIVE";
            /**
             * @description Whether the endpoint's user has opted out of all messages (ALL) or of none (NONE).
             * @enum {string}
             */
            OptOut?: "ALL" | "NONE";
            /** @description Identifier of the latest request that updated the endpoint. */
            RequestId?: string;
            Location?: components["schemas"]["EndpointLocation"];
            Demographic?: components["schemas"]["EndpointDemographic"];
            /**
             * Format: date-time
             * @description When the endpoint was last updated (ISO 8601).
             */
            EffectiveDate?: string;
            /** @description Custom endpoint attributes, attribute name to a list of values; usable as segment filters. */
            Attributes?: {
                [key: string]: string[];
            };
            /** @description Custom metrics the app reports for the endpoint, metric name to value. */
            Metrics?: {
                [key: string]: number;
            };
            User?: components["schemas"]["EndpointUser"];
        };
        /** @description Endpoint data sent along with events. */
        PublicEndpoint: {
            /** @description The recipient's address, such as a device token, email address or phone number. */
            Address?: string;
            /** @description Custom endpoint attributes, attribute name to a list of values. */
            Attributes?: {
                [key: string]: string[];
            };
            /**
             * @description The channel the endpoint belongs to.
             * @enum {string}
             */
            ChannelType?: "APNS" | "GCM";
            Demographic?: components["schemas"]["EndpointDemographic"];
            /**
             * Format: date-time
             * @description When the endpoint was last updated.
             */
            EffectiveDate?: string;
            /**
             * @description ACTIVE when the update succeeded, INACTIVE when it failed.
             * @enum {string}
             */
            EndpointStatus?: "ACTIVE" | "INACTIVE";
            Location?: components["schemas"]["EndpointLocation"];
            /** @description Custom metrics reported by the app, metric name to value. */
            Metrics?: {
                [key: string]: number;
            };
            /**
             * @description Whether the user has opted out of all messages (ALL) or of none (NONE).
             * @enum {string}
             */
            OptOut?: "ALL" | "NONE";
            /** @description Identifier generated on every update of the endpoint. */
            RequestId?: string;
            User?: components["schemas"]["EndpointUser"];
        };
        /** @description The session an event happened in. */
        Session: {
            /** @description Length of the session in milliseconds. */
            Duration?: number;
            /** @description Identifier of the session. */
            Id?: string;
            /** @description When the session started. */
            StartTimestamp?: string;
            /** @description When the session ended. */
            StopTimestamp?: string;
        };
        /** @description One event recorded for an endpoint. */
        Event: {
            /** @description Custom event attributes, name to value. */
            Attributes?: {
                [key: string]: string;
            };
            /** @description Version of the SDK on the client device. */
            ClientSdkVersion?: string;
            /** @description Name of the custom event. */
            EventType?: string;
            /** @description Custom event metrics, name to value. */
            Metrics?: {
                [key: string]: number;
            };
            Session?: components["schemas"]["Session"];
            /**
             * Format: date-time
             * @description When the event happened.
             */
            Timestamp?: string;
        };
        /** @description One endpoint and the events recorded for it. */
        EventsBatch: {
            Endpoint?: components["schemas"]["PublicEndpoint"];
            /** @description Event ID to the event. */
            Events?: {
                [key: string]: components["schemas"]["Event"];
            };
        };
        /** @description Events to record, grouped by the endpoint they belong to. */
        EventsRequest: {
            /** @description Endpoint ID to the batch of that endpoint's data and events. */
            BatchItem?: {
                [key: string]: components["schemas"]["EventsBatch"];
            };
        };
        /** @description The outcome of accepting the endpoint data. */
        EndpointItemResponse: {
            /** @description Text about how the endpoint was processed. */
            Message?: string;
            /** @description Status code of merging the endpoint. */
            StatusCode?: number;
        };
        /** @description The outcome of processing one event. */
        EventItemResponse: {
            /** @description Text about how the event was processed. */
            Message?: string;
            /**
             * @description 202 when the event was accepted, 400 when it was invalid.
             * @enum {integer}
             */
            StatusCode?: 400 | 202;
        };
        /** @description The outcome for one endpoint and the events sent with it. */
        ItemResponse: {
            EndpointItemResponse?: components["schemas"]["EndpointItemResponse"];
            /** @description Event ID to the outcome for that event. */
            EventsItemResponse?: {
                [key: string]: components["schemas"]["EventItemResponse"];
            };
        };
        /** @description The outcome of recording a batch of events. */
        EventsResponse: {
            /** @description Endpoint ID to the outcome for that endpoint and its events. */
            Results?: {
                [key: string]: components["schemas"]["ItemResponse"];
            };
        };
        /** @description The event stream of an application. */
        EventStream: {
            /** @description Identifier of the application whose events are streamed. */
            ApplicationId?: string;
            /** @description ARN of the Kinesis stream or Kinesis Data Firehose delivery stream that receives the events. */
            DestinationStreamArn?: string;
            /**
             * @deprecated
             * @description No longer needed; the account ID once used as the external ID in the role's trust policy.
             */
            ExternalId?: string;
            /**
             * Format: date-time
             * @description When the event stream was last changed.
             */
            LastModifiedDate?: string;
            /** @description The IAM user who last changed the event stream. */
            LastUpdatedBy?: string;
            /** @description ARN of the IAM role that lets Amazon Pinpoint write to the stream. */
            RoleArn?: string;
        };
        /** @description The settings for creating or updating an application's event stream. */
        WriteEventStream: {
            /** @description ARN of the Kinesis stream or Kinesis Data Firehose delivery stream that receives the events. */
            DestinationStreamArn?: string;
            /** @description ARN of the IAM role that lets Amazon Pinpoint write to the stream. */
            RoleArn?: string;
        };
        /** @description The settings of an export job. */
        ExportJobResource: {
            /** @description ARN of the IAM role that lets Amazon Pinpoint write to the S3 location. */
            RoleArn?: string;
            /** @description S3 location (s3://bucket-name/folder-name/) that receives the exported files. */
            S3UrlPrefix?: string;
            /** @description Segment whose endpoints are exported; when absent, every endpoint of the application is exported. */
            SegmentId?: string;
            /** @description Version of the segment to export. */
            SegmentVersion?: number;
        };
        /** @description An export job with its status and progress. */
        ExportJobResponse: {
            /** @description Identifier of the application the job belongs to. */
            ApplicationId?: string;
            /** @description Pieces finished so far. */
            CompletedPieces?: number;
            /**
             * Format: date-time
             * @description When the job finished.
             */
            CompletionDate?: string;
            /**
             * Format: date-time
             * @description When the job was created.
             */
            CreationDate?: string;
            Definition?: components["schemas"]["ExportJobResource"];
            /** @description Pieces that could not be processed so far. */
            FailedPieces?: number;
            /** @description The first failed entries of the job, at most 100. */
            Failures?: string[];
            /** @description Identifier of the job. */
            Id?: string;
            /**
             * @description Where the job stands; FAILED once any piece has failed.
             * @enum {string}
             */
            JobStatus?: "CREATED" | "INITIALIZING" | "PROCESSING" | "COMPLETING" | "COMPLETED" | "FAILING" | "FAILED";
            /** @description Endpoints that could not be processed, for example because of syntax errors. */
            TotalFailures?: number;
            /** @description Pieces the job has to process in all; each holds a roughly equal share of the endpoints. */
            TotalPieces?: number;
            /** @description Endpoints the job has processed. */
            TotalProcessed?: number;
            /**
             * @description Kind of job; always EXPORT here.
             * @enum {string}
             */
            Type?: "EXPORT";
        };
        /** @description One page of export jobs. */
        ExportJobsResponse: {
            /** @description The export jobs on this page. */
            Item?: components["schemas"]["ExportJobResponse"][];
            /** @description Token for the next page; absent on the last page. */
            NextToken?: string;
        };
        /** @description Settings for a new job that exports endpoints to Amazon S3. */
        ExportJobRequest: {
            /** @description ARN of the IAM role that lets Amazon Pinpoint write to the S3 location. */
            RoleArn?: string;
            /** @description S3 location (s3://bucket-name/folder-name/) that receives the exported files. */
            S3UrlPrefix?: string;
            /** @description Segment whose endpoints are exported; when absent, every endpoint of the application is exported. */
            SegmentId?: string;
            /** @description Version of the segment to export. */
            SegmentVersion?: number;
        };
        /** @description The settings of an import job. */
        ImportJobResource: {
            /** @description Whether the imported endpoints form a segment. */
            DefineSegment?: boolean;
            /**
             * @deprecated
             * @description Deprecated. Account ID once used as the external ID when assuming the IAM role; no longer needed.
             */
            ExternalId?: string;
            /**
             * @description File format of the endpoint definitions.
             * @enum {string}
             */
            Format?: "CSV" | "JSON";
            /** @description Whether the imported endpoints are registered with Amazon Pinpoint. */
            RegisterEndpoints?: boolean;
            /** @description ARN of the IAM role that lets Amazon Pinpoint read the S3 location. */
            RoleArn?: string;
            /** @description S3 folder or file (s3://bucket-name/folder-name/file-name) to import from, subfolders included. */
            S3Url?: string;
            /** @description Existing segment to update with the import. */
            SegmentId?: string;
            /** @description Name for the segment the job creates when DefineSegment is true. */
            SegmentName?: string;
        };
        /** @description An import job with its status and progress. */
        ImportJobResponse: {
            /** @description Identifier of the application the job belongs to. */
            ApplicationId?: string;
            /** @description Pieces imported so far. */
            CompletedPieces?: number;
            /**
             * Format: date-time
             * @description When the job finished.
             */
            CompletionDate?: string;
            /**
             * Format: date-time
             * @description When the job was created.
             */
            CreationDate?: string;
            Definition?: components["schemas"]["ImportJobResource"];
            /** @description Pieces that failed to import so far. */
            FailedPieces?: number;
            /** @description The first failed entries of the job, at most 100. */
            Failures?: string[];
            /** @description Identifier of the job. */
            Id?: string;
            /**
             * @description Where the job stands; FAILED once any piece has failed to import.
             * @enum {string}
             */
            JobStatus?: "CREATED" | "INITIALIZING" | "PROCESSING" | "COMPLETING" | "COMPLETED" | "FAILING" | "FAILED";
            /** @description Endpoints that failed to import, for example because of syntax errors. */
            TotalFailures?: number;
            /** @description Pieces the job has to import in all; each holds a roughly equal share of the endpoints. */
            TotalPieces?: number;
            /** @description Endpoints the job has processed. */
            TotalProcessed?: number;
            /**
             * @description Kind of job; always IMPORT here.
             * @enum {string}
             */
            Type?: "IMPORT";
        };
        /** @description One page of import jobs. */
        ImportJobsResponse: {
            /** @description The import jobs on this page. */
            Item?: components["schemas"]["ImportJobResponse"][];
            /** @description Token for the next page; absent on the last page. */
            NextToken?: string;
        };
        /** @description Settings for a new job that imports endpoints from Amazon S3. */
        ImportJobRequest: {
            /** @description Whether the imported endpoints form a segment. */
            DefineSegment?: boolean;
            /**
             * @deprecated
             * @description Deprecated. Account ID once used as the external ID when assuming the IAM role; no longer needed.
             */
            ExternalId?: string;
            /**
             * @description File format of the endpoint definitions.
             * @enum {string}
             */
            Format?: "CSV" | "JSON";
            /** @description Whether the imported endpoints are registered with Amazon Pinpoint. */
            RegisterEndpoints?: boolean;
            /** @description ARN of the IAM role that lets Amazon Pinpoint read the S3 location. */
            RoleArn?: string;
            /** @description S3 folder or file (s3://bucket-name/folder-name/file-name) to import from, subfolders included. */
            S3Url?: string;
            /** @description Existing segment to update with the import. */
            SegmentId?: string;
            /** @description Name for the segment the job creates when DefineSegment is true. */
            SegmentName?: string;
        };
        /** @description The default message for every channel. */
        DefaultMessage: {
            /** @description Default body of the push notification, email or SMS message. */
            Body?: string;
            /** @description Default message variables, variable name to a list of values; address-level variables override them. */
            Substitutions?: {
                [key: string]: string[];
            };
        };
        /** @description Default settings and content of a push notification sent directly to an endpoint, for every push channel. */
        DefaultPushNotificationMessage: {
            /** @description Default body text of the notification. */
            Body?: string;
            /** @description Default message variables, variable name to a list of values; address-level variables override them. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Default title shown above the notification body. */
            Title?: string;
            /**
             * @description What happens when the recipient taps the notification: OPEN_APP opens the app (the default), DEEP_LINK opens a screen of the app through iOS and Android deep linking, URL opens the web page given in Url.
             * @enum {string}
             */
            Action?: "OPEN_APP" | "DEEP_LINK" | "URL";
            /** @description Web page to open in the recipient's mobile browser when Action is URL. */
            Url?: string;
            /** @description Whether the default notification is silent, that is not shown on the device (for example to update configuration or feed an in-app inbox). */
            SilentPush?: boolean;
            /** @description JSON data for a silent default notification, added to the data.pinpoint.jsonBody object of the notification. */
            Data?: {
                [key: string]: string;
            };
        };
        /** @description A one-time message sent directly through the APNs (Apple Push Notification service) channel. */
        APNSMessage: {
            /** @description Body text of the notification. */
            Body?: string;
            /** @description Default message variables, variable name to a list of values; address-level variables override them. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Title shown above the notification body. */
            Title?: string;
            /**
             * @description What happens when the recipient taps the notification: OPEN_APP opens the app (the default), DEEP_LINK opens a screen of the app through iOS deep linking, URL opens the web page given in Url.
             * @enum {string}
             */
            Action?: "OPEN_APP" | "DEEP_LINK" | "URL";
            /** @description Web page to open in the recipient's mobile browser when Action is URL. */
            Url?: string;
            /** @description Whether the notification is silent (background), that is not shown on the device; when true, the apns-push-type header is set to background. */
            SilentPush?: boolean;
            /** @description JSON data for a silent notification, added to the data.pinpoint.jsonBody object of the notification. */
            Data?: {
                [key: string]: string;
            };
            /** @description URL of an image or video shown in the notification. */
            MediaUrl?: string;
            /** @description Name of a sound file in the app's main bundle or Library/Sounds folder to play on arrival; default plays the system alert sound. */
            Sound?: string;
            /** @description New badge number for the app icon; 0 removes the badge, and leaving it out keeps the badge unchanged. */
            Badge?: number;
            /** @description Notification type, matching the identifier of one of the app's registered categories. */
            Category?: string;
            /** @description App-specific identifier used to group notifications together. */
            ThreadId?: string;
            /** @description Raw JSON payload for the notification; replaces the message when given, and must then carry the content-available key (0 or 1). */
            RawContent?: string;
            /**
             * @description How Amazon Pinpoint authenticates with APNs, by certificate or by token.
             * @enum {string}
             */
            PreferredAuthenticationMethod?: "CERTIFICATE" | "TOKEN";
            /** @description How long, in seconds, APNs keeps trying to deliver the notification; 0 means it expires at once. Sent as the apns-expiration header. */
            TimeToLive?: number;
            /**
             * @description Priority of the notification, sent as the apns-priority header; 5 (low, may be delayed or grouped) or 10 (high, the default, sent at once). The FCM equivalents normal and high are accepted too and converted.
             * @enum {string}
             */
            Priority?: "5" | "10" | "normal" | "high";
            /** @description Identifier, at most 64 bytes, that makes APNs merge messages sharing it into one notification. Sent as the apns-collapse-id header. */
            CollapseId?: string;
        };
        /** @description A one-time message sent directly through the GCM channel, that is Firebase Cloud Messaging (FCM). */
        GCMMessage: {
            /** @description Body text of the notification. */
            Body?: string;
            /** @description Default message variables, variable name to a list of values; address-level variables override them. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Title shown above the notification body. */
            Title?: string;
            /**
             * @description What happens when the recipient taps the notification: OPEN_APP opens the app (the default), DEEP_LINK opens a screen of the app through Android deep linking, URL opens the web page given in Url.
             * @enum {string}
             */
            Action?: "OPEN_APP" | "DEEP_LINK" | "URL";
            /** @description Web page to open in the recipient's mobile browser when Action is URL. */
            Url?: string;
            /** @description Whether the notification is silent, that is not shown on the device (for example to update app configuration). */
            SilentPush?: boolean;
            /** @description JSON data for a silent notification, added to the data.pinpoint.jsonBody object of the notification. */
            Data?: {
                [key: string]: string;
            };
            /** @description Name of an icon image asset stored in the app. */
            IconReference?: string;
            /** @description Sound played when the notification arrives; the default sound or a sound resource bundled with the app (on Android, under /res/raw/). */
            Sound?: string;
            /** @description URL of an image shown in the notification. */
            ImageUrl?: string;
            /** @description URL of the large icon shown in the notification's content view. */
            ImageIconUrl?: string;
            /** @description URL of the small icon shown in the status bar and the content view. */
            SmallImageIconUrl?: string;
            /** @description Raw JSON payload for the notification; replaces the message when given. */
            RawContent?: string;
            /** @description Any string naming a group of messages of which only the latest is delivered when delivery resumes (sent to FCM as collapse_key). */
            CollapseKey?: string;
            /** @description Package name of the app whose registration tokens must match for the message to be delivered. */
            RestrictedPackageName?: string;
            /** @description How long, in seconds, FCM keeps trying to deliver the notification; FCM's default is its maximum, 2419200 (28 days). Sent to FCM as time_to_live. */
            TimeToLive?: number;
            /**
             * @description Priority of the notification, sent to FCM as priority; normal (may be delayed to save battery) or high (sent at once, may wake the device). The APNs equivalents 5 and 10 are accepted too and converted.
             * @enum {string}
             */
            Priority?: "normal" | "high" | "5" | "10";
        };
        /** @description A one-time message sent directly through the Baidu Cloud Push channel. */
        BaiduMessage: {
            /** @description Body text of the notification. */
            Body?: string;
            /** @description Default message variables, variable name to a list of values; address-level variables override them. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Title shown above the notification body. */
            Title?: string;
            /**
             * @description What happens when the recipient taps the notification: OPEN_APP opens the app (the default), DEEP_LINK opens a screen of the app through Android deep linking, URL opens the web page given in Url.
             * @enum {string}
             */
            Action?: "OPEN_APP" | "DEEP_LINK" | "URL";
            /** @description Web page to open in the recipient's mobile browser when Action is URL. */
            Url?: string;
            /** @description Whether the notification is silent, that is not shown on the device (for example to update app configuration). */
            SilentPush?: boolean;
            /** @description JSON data for a silent notification, added to the data.pinpoint.jsonBody object of the notification. */
            Data?: {
                [key: string]: string;
            };
            /** @description Name of an icon image asset stored in the app. */
            IconReference?: string;
            /** @description Sound played when the notification arrives; the default sound or a sound resource bundled with the app (on Android, under /res/raw/). */
            Sound?: string;
            /** @description URL of an image shown in the notification. */
            ImageUrl?: string;
            /** @description URL of the large icon shown in the notification's content view. */
            ImageIconUrl?: string;
            /** @description URL of the small icon shown in the status bar and the content view. */
            SmallImageIconUrl?: string;
            /** @description Raw JSON payload for the notification; replaces the message when given. */
            RawContent?: string;
            /** @description How long, in seconds, Baidu Cloud Push keeps the message while the device is offline; 604800 (7 days) is both the default and the maximum. */
            TimeToLive?: number;
        };
        /** @description A one-time message sent directly through the ADM (Amazon Device Messaging) channel. */
        ADMMessage: {
            /** @description Body text of the notification. */
            Body?: string;
            /** @description Default message variables, variable name to a list of values; address-level variables override them. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Title shown above the notification body. */
            Title?: string;
            /**
             * @description What happens when the recipient taps the notification: OPEN_APP opens the app (the default), DEEP_LINK opens a screen of the app through Android deep linking, URL opens the web page given in Url.
             * @enum {string}
             */
            Action?: "OPEN_APP" | "DEEP_LINK" | "URL";
            /** @description Web page to open in the recipient's mobile browser when Action is URL. */
            Url?: string;
            /** @description Whether the notification is silent, that is not shown on the device (for example to update app configuration). */
            SilentPush?: boolean;
            /** @description JSON data for a silent notification, added to the data.pinpoint.jsonBody object of the notification. */
            Data?: {
                [key: string]: string;
            };
            /** @description Name of an icon image asset stored in the app. */
            IconReference?: string;
            /** @description Sound played when the notification arrives; the default sound or a sound resource bundled with the app (on Android, under /res/raw/). */
            Sound?: string;
            /** @description URL of an image shown in the notification. */
            ImageUrl?: string;
            /** @description URL of the large icon shown in the notification's content view. */
            ImageIconUrl?: string;
            /** @description URL of the small icon shown in the status bar and the content view. */
            SmallImageIconUrl?: string;
            /** @description Raw JSON payload for the notification; replaces the message when given. */
            RawContent?: string;
            /** @description Any string marking messages as logically the same, so that ADM may drop older queued ones in favour of this one. */
            ConsolidationKey?: string;
            /** @description How long, in seconds, ADM keeps the message while the device is offline (sent to ADM as expiresAfter). */
            ExpiresAfter?: string;
            /** @description Base64-encoded MD5 checksum of the Data value, which ADM uses to check the data's integrity. */
            MD5?: string;
        };
        /** @description The subject or a body part of an email, as text with its character set. */
        SimpleEmailPart: {
            /** @description The text of the part. */
            Data?: string;
            /** @description Character set of the text. */
            Charset?: string;
        };
        /** @description An email made of a subject, a text part and an HTML part. */
        SimpleEmail: {
            Subject?: components["schemas"]["SimpleEmailPart"];
            TextPart?: components["schemas"]["SimpleEmailPart"];
            HtmlPart?: components["schemas"]["SimpleEmailPart"];
        };
        /** @description An email as a raw MIME message. */
        RawEmail: {
            /**
             * Format: byte
             * @description The whole raw MIME message, base64-encoded.
             */
            Data?: string;
        };
        /** @description Default settings and content of a one-time email sent directly to an endpoint. */
        EmailMessage: {
            /** @description Body of the email. */
            Body?: string;
            /** @description Default message variables, variable name to a list of values; address-level variables override them. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Verified address the email is sent from; defaults to the email channel's FromAddress. */
            FromAddress?: string;
            /** @description Address that bounces and complaints are forwarded to when feedback forwarding is on. */
            FeedbackForwardingAddress?: string;
            /** @description Reply-to addresses; each one receives the recipient's replies. */
            ReplyToAddresses?: string[];
            SimpleEmail?: components["schemas"]["SimpleEmail"];
            RawEmail?: components["schemas"]["RawEmail"];
        };
        /** @description Default settings of a one-time SMS message sent directly to an endpoint. */
        SMSMessage: {
            /** @description Body of the SMS message. */
            Body?: string;
            /** @description Message variables, variable name to a list of values; address-level variables override them. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Sender ID shown on the recipient's device; support depends on the country or region. */
            SenderId?: string;
            /**
             * @description TRANSACTIONAL for critical or time-sensitive messages (such as one-time passwords), PROMOTIONAL for the rest (such as marketing).
             * @enum {string}
             */
            MessageType?: "TRANSACTIONAL" | "PROMOTIONAL";
            /** @description SMS program name given to AWS Support when the dedicated number was requested. */
            Keyword?: string;
            /** @description Dedicated long or short code of the account to send from; when absent, a random long code is used. */
            OriginationNumber?: string;
        };
        /** @description A one-time voice message sent directly through the voice channel. */
        VoiceMessage: {
            /** @description Text script of the voice message. */
            Body?: string;
            /** @description Default message variables, variable name to a list of values; address-level variables override them. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Language the message is spoken in (one supported by Amazon Polly). */
            LanguageCode?: string;
            /** @description Name of the voice that speaks the message (one supported by Amazon Polly). */
            VoiceId?: string;
            /** @description Dedicated long code of the account to call from, best given in E.164 format. */
            OriginationNumber?: string;
        };
        /** @description The default message and the per-channel messages of a direct send. */
        DirectMessageConfiguration: {
            DefaultMessage?: components["schemas"]["DefaultMessage"];
            DefaultPushNotificationMessage?: components["schemas"]["DefaultPushNotificationMessage"];
            APNSMessage?: components["schemas"]["APNSMessage"];
            GCMMessage?: components["schemas"]["GCMMessage"];
            BaiduMessage?: components["schemas"]["BaiduMessage"];
            ADMMessage?: components["schemas"]["ADMMessage"];
            EmailMessage?: components["schemas"]["EmailMessage"];
            SMSMessage?: components["schemas"]["SMSMessage"];
            VoiceMessage?: components["schemas"]["VoiceMessage"];
        };
        /** @description Names the message template a message uses. */
        Template: {
            /** @description Name of an existing message template. */
            Name?: string;
        };
        /** @description The message template used for each kind of channel. */
        TemplateConfiguration: {
            SMSTemplate?: components["schemas"]["Template"];
            EmailTemplate?: components["schemas"]["Template"];
            PushTemplate?: components["schemas"]["Template"];
        };
        /** @description Per-address settings for a message sent directly to an address. */
        AddressConfiguration: {
            /** @description Message variables for this address, variable name to a list of values; merged with the default message's variables and taking precedence over all others. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Custom attributes attached to the message for this address; added to data.pinpoint for push notifications, or to the delivery receipt event attributes for email and SMS. */
            Context?: {
                [key: string]: string;
            };
            /** @description Raw JSON payload for the message; replaces the message when given. */
            RawContent?: string;
            /** @description Message body that replaces the default body. */
            BodyOverride?: string;
            /** @description Message title that replaces the default title. */
            TitleOverride?: string;
            /**
             * @description The channel the message is sent through.
             * @enum {string}
             */
            ChannelType?: "GCM" | "APNS" | "APNS_SANDBOX" | "APNS_VOIP" | "APNS_VOIP_SANDBOX" | "ADM" | "SMS" | "VOICE" | "EMAIL" | "BAIDU" | "CUSTOM";
        };
        /** @description Per-endpoint content, variables and attributes for a message sent directly to an endpoint. */
        EndpointSendConfiguration: {
            /** @description Message variables for this endpoint, variable name to a list of values; merged with DefaultMessage.Substitutions and taking precedence over all others. */
            Substitutions?: {
                [key: string]: string[];
            };
            /** @description Custom attributes attached to the message for this endpoint; added to data.pinpoint for push notifications, or to the delivery receipt event attributes for email and SMS. */
            Context?: {
                [key: string]: string;
            };
            /** @description Raw JSON payload for the message; replaces the message when given. */
            RawContent?: string;
            /** @description Message body that replaces the default body. */
            BodyOverride?: string;
            /** @description Title or subject line that replaces the default one. */
            TitleOverride?: string;
        };
        /** @description A direct message, its configuration and its recipients. */
        MessageRequest: {
            /** @description Identifier for tracing the message; recipients can see it. */
            TraceId?: string;
            /** @description Custom attributes attached to the message; added to data.pinpoint for push notifications, or to the delivery receipt event attributes for email and SMS. */
            Context?: {
                [key: string]: string;
            };
            MessageConfiguration: components["schemas"]["DirectMessageConfiguration"];
            TemplateConfiguration?: components["schemas"]["TemplateConfiguration"];
            /** @description Recipients by address (push token, phone number or email address), each with its own settings. */
            Addresses?: {
                [key: string]: components["schemas"]["AddressConfiguration"];
            };
            /** @description Recipients by endpoint ID, each with its own settings. */
            Endpoints?: {
                [key: string]: components["schemas"]["EndpointSendConfiguration"];
            };
        };
        /** @description The delivery result of a message sent directly to an address. */
        MessageResult: {
            /**
             * @description Outcome of the delivery: SUCCESSFUL; THROTTLED by Amazon Pinpoint; TEMPORARY_FAILURE (retried later); PERMANENT_FAILURE, OPT_OUT or DUPLICATE (not retried); TIMEOUT; UNKNOWN_FAILURE.
             * @enum {string}
             */
            DeliveryStatus: "SUCCESSFUL" | "THROTTLED" | "TEMPORARY_FAILURE" | "PERMANENT_FAILURE" | "UNKNOWN_FAILURE" | "OPT_OUT" | "DUPLICATE" | "TIMEOUT";
            /** @description Status code from the downstream delivery service. */
            StatusCode: number;
            /** @description Status text of the delivery. */
            StatusMessage?: string;
            /** @description For GCM push notifications, whether the device registration token was updated during delivery. */
            UpdatedToken?: string;
            /** @description Identifier of the sent message. */
            MessageId?: string;
        };
        /** @description The delivery result of a message sent directly to an endpoint. */
        EndpointMessageResult: {
            /**
             * @description Outcome of the delivery: SUCCESSFUL; THROTTLED by Amazon Pinpoint; TEMPORARY_FAILURE (retried later); PERMANENT_FAILURE, OPT_OUT or DUPLICATE (not retried); TIMEOUT; UNKNOWN_FAILURE.
             * @enum {string}
             */
            DeliveryStatus: "SUCCESSFUL" | "THROTTLED" | "TEMPORARY_FAILURE" | "PERMANENT_FAILURE" | "UNKNOWN_FAILURE" | "OPT_OUT" | "DUPLICATE" | "TIMEOUT";
            /** @description Status code from the downstream delivery service. */
            StatusCode: number;
            /** @description Status text of the delivery. */
            StatusMessage?: string;
            /** @description For GCM push notifications, whether the device registration token was updated during delivery. */
            UpdatedToken?: string;
            /** @description Identifier of the sent message. */
            MessageId?: string;
            /** @description The endpoint address the message was delivered to. */
            Address?: string;
        };
        /** @description The results of a direct send. */
        MessageResponse: {
            /** @description Identifier of the application the message was sent from. */
            ApplicationId: string;
            /** @description Identifier of the request the message was delivered for. */
            RequestId?: string;
            /** @description Result per address, keyed by the address (email address, phone number or push token). */
            Result?: {
                [key: string]: components["schemas"]["MessageResult"];
            };
            /** @description Result per endpoint, keyed by the endpoint ID. */
            EndpointResult?: {
                [key: string]: components["schemas"]["EndpointMessageResult"];
            };
        };
        /** @description A phone number to look up. */
        NumberValidateRequest: {
            /** @description Optional two-letter ISO code of the country or region where the number was registered. */
            IsoCountryCode?: string;
            /** @description The phone number to look up, preferably with its country code. */
            PhoneNumber?: string;
        };
        /** @description What is known about a phone number. */
        NumberValidateResponse: {
            /** @description Carrier the number is registered with now. */
            Carrier?: string;
            /** @description City where the number was first registered. */
            City?: string;
            /** @description The cleaned-up number in E.164 format. */
            CleansedPhoneNumberE164?: string;
            /** @description The cleaned-up number in the local format. */
            CleansedPhoneNumberNational?: string;
            /** @description Country or region where the number was first registered. */
            Country?: string;
            /** @description Two-letter ISO code of that country or region. */
            CountryCodeIso2?: string;
            /** @description Numeric code of that country or region. */
            CountryCodeNumeric?: string;
            /** @description County where the number was first registered. */
            County?: string;
            /** @description The two-letter (ISO 3166-1 alpha-2) country code sent in the request. */
            OriginalCountryCodeIso2?: string;
            /** @description The phone number sent in the request. */
            OriginalPhoneNumber?: string;
            /**
             * @description Kind of phone line, as text.
             * @enum {string}
             */
            PhoneType?: "MOBILE" | "LANDLINE" | "VOIP" | "INVALID" | "PREPAID" | "OTHER";
            /**
             * @description Kind of phone line, as a number (0 MOBILE, 1 LANDLINE, 2 VOIP, 3 INVALID, 4 OTHER, 5 PREPAID).
             * @enum {integer}
             */
            PhoneTypeCode?: 0 | 1 | 2 | 3 | 4 | 5;
            /** @description Time zone of the place where the number was first registered. */
            Timezone?: string;
            /** @description Postal code of the place where the number was first registered. */
            ZipCode?: string;
        };
        /** @description A criterion on the values of one custom attribute. */
        AttributeDimension: {
            /**
             * @description Whether matching endpoints are kept in or left out of the segment.
             * @enum {string}
             */
            AttributeType?: "INCLUSIVE" | "EXCLUSIVE";
            /** @description The attribute values to match. */
            Values?: string[];
        };
        /** @description A criterion on how recently users used the app. */
        RecencyDimension: {
            /**
             * @description The period that activity or inactivity is measured over.
             * @enum {string}
             */
            Duration?: "HR_24" | "DAY_7" | "DAY_14" | "DAY_30";
            /**
             * @description Whether users active or inactive in the period are selected.
             * @enum {string}
             */
            RecencyType?: "ACTIVE" | "INACTIVE";
        };
        /** @description Behavior-based criteria of a segment. */
        SegmentBehaviors: {
            Recency?: components["schemas"]["RecencyDimension"];
        };
        /** @description A criterion that matches endpoints against a set of values. */
        SetDimension: {
            /**
             * @description Whether matching endpoints are kept in or left out of the segment.
             * @enum {string}
             */
            DimensionType?: "INCLUSIVE" | "EXCLUSIVE";
            /** @description The values to match. */
            Values?: string[];
        };
        /** @description Device and app criteria of a segment. */
        SegmentDemographics: {
            AppVersion?: components["schemas"]["SetDimension"];
            Channel?: components["schemas"]["SetDimension"];
            DeviceType?: components["schemas"]["SetDimension"];
            Make?: components["schemas"]["SetDimension"];
            Model?: components["schemas"]["SetDimension"];
            Platform?: components["schemas"]["SetDimension"];
        };
        /** @description A geographic point. */
        GPSCoordinates: {
            /** @description Latitude of the point. */
            Latitude?: number;
            /** @description Longitude of the point. */
            Longitude?: number;
        };
        /** @description A criterion selecting endpoints within a distance of a point. */
        GPSPointDimension: {
            Coordinates?: components["schemas"]["GPSCoordinates"];
            /** @description Distance from the point, in kilometers. */
            RangeInKilometers?: number;
        };
        /** @description Location criteria of a segment. */
        SegmentLocation: {
            Country?: components["schemas"]["SetDimension"];
            GPSPoint?: components["schemas"]["GPSPointDimension"];
        };
        /** @description A criterion comparing a custom metric with a value. */
        MetricDimension: {
            /**
             * @description How the metric is compared with the value.
             * @enum {string}
             */
            ComparisonOperator?: "GREATER_THAN" | "LESS_THAN" | "GREATER_THAN_OR_EQUAL" | "LESS_THAN_OR_EQUAL" | "EQUAL";
            /** @description The value the metric is compared with. */
            Value?: number;
        };
        /** @description The criteria that select the endpoints of a segment. */
        SegmentDimensions: {
            /** @description Criteria on custom endpoint attributes, attribute name to criterion. */
            Attributes?: {
                [key: string]: components["schemas"]["AttributeDimension"];
            };
            Behavior?: components["schemas"]["SegmentBehaviors"];
            Demographic?: components["schemas"]["SegmentDemographics"];
            Location?: components["schemas"]["SegmentLocation"];
            /** @description Criteria on custom endpoint metrics, metric name to criterion. */
            Metrics?: {
                [key: string]: components["schemas"]["MetricDimension"];
            };
            /** @description Criteria on custom user attributes, attribute name to criterion. */
            UserAttributes?: {
                [key: string]: components["schemas"]["AttributeDimension"];
            };
        };
        /** @description How an imported segment was imported. */
        SegmentImportResource: {
            /** @description Count of imported endpoints per channel type. */
            ChannelCounts?: {
                [key: string]: number;
            };
            /** @description Deprecated external ID once needed to assume the IAM role. */
            ExternalId?: string;
            /**
             * @description Format of the imported endpoint files.
             * @enum {string}
             */
            Format?: "CSV" | "JSON";
            /** @description ARN of the IAM role that lets Amazon Pinpoint read the files in Amazon S3. */
            RoleArn?: string;
            /** @description URL of the Amazon S3 location the segment was imported from. */
            S3Url?: string;
            /** @description Number of endpoints imported. */
            Size?: number;
        };
        /** @description A pointer to a segment, optionally to one of its versions. */
        SegmentReference: {
            /** @description Identifier of the segment. */
            Id?: string;
            /** @description Version of the segment; when absent, the latest. */
            Version?: number;
        };
        /** @description Base segments plus the dimensions that filter them. */
        SegmentGroup: {
            /** @description The dimensions that filter the base segments. */
            Dimensions?: components["schemas"]["SegmentDimensions"][];
            /** @description The segments the group starts from. */
            SourceSegments?: components["schemas"]["SegmentReference"][];
            /**
             * @description Whether the group starts from any or all of its source segments.
             * @enum {string}
             */
            SourceType?: "ANY" | "ALL";
            /**
             * @description Whether endpoints must match all, any or none of the dimensions.
             * @enum {string}
             */
            Type?: "ALL" | "ANY" | "NONE";
        };
        /** @description The segment groups of a segment and how they combine. */
        SegmentGroupList: {
            /** @description The segment groups. */
            Groups?: components["schemas"]["SegmentGroup"][];
            /**
             * @description Whether endpoints must match all, any or none of the groups.
             * @enum {string}
             */
            Include?: "ALL" | "ANY" | "NONE";
        };
        /** @description A segment as the API returns it. */
        SegmentResponse: {
            /** @description Identifier of the application the segment belongs to. */
            ApplicationId?: string;
            /** @description When the segment was created. */
            CreationDate?: string;
            Dimensions?: components["schemas"]["SegmentDimensions"];
            /** @description Identifier of the segment. */
            Id?: string;
            ImportDefinition?: components["schemas"]["SegmentImportResource"];
            /** @description When the segment was last changed. */
            LastModifiedDate?: string;
            /** @description Name of the segment. */
            Name?: string;
            SegmentGroups?: components["schemas"]["SegmentGroupList"];
            /**
             * @description Whether the segment is built from criteria (dynamic) or from imported endpoints (static).
             * @enum {string}
             */
            SegmentType?: "DIMENSIONAL" | "IMPORT";
            /** @description Version number of the segment. */
            Version?: number;
        };
        /** @description One page of segments or segment versions. */
        SegmentsResponse: {
            /** @description The segments on this page. */
            Item?: components["schemas"]["SegmentResponse"][];
            /** @description Token for the next page; null on the last page. */
            NextToken?: string;
        };
        /** @description The definition of a segment to create or update, by dimensions or by segment groups (not both). */
        WriteSegmentRequest: {
            Dimensions?: components["schemas"]["SegmentDimensions"];
            /** @description Name of the segment. */
            Name?: string;
            SegmentGroups?: components["schemas"]["SegmentGroupList"];
        };
        /** @description The default settings of an application. */
        ApplicationSettingsResource: {
            /** @description Identifier of the application. */
            ApplicationId?: string;
            CampaignHook?: components["schemas"]["CampaignHook"];
            /**
             * Format: date-time
             * @description When the settings were last changed.
             */
            LastModifiedDate?: string;
            Limits?: components["schemas"]["CampaignLimits"];
            QuietTime?: components["schemas"]["QuietTime"];
        };
        /** @description New default settings for an application. */
        WriteApplicationSettingsRequest: {
            CampaignHook?: components["schemas"]["CampaignHook"];
            /** @description Whether the application reports metrics to Amazon CloudWatch. */
            CloudWatchMetricsEnabled?: boolean;
            Limits?: components["schemas"]["CampaignLimits"];
            QuietTime?: components["schemas"]["QuietTime"];
        };
        /** @description A direct message to send to every endpoint of a list of users. */
        SendUsersMessageRequest: {
            /** @description Custom attributes added to the push payload's data.pinpoint object and to the delivery events. */
            Context?: {
                [key: string]: string;
            };
            MessageConfiguration?: components["schemas"]["DirectMessageConfiguration"];
            /** @description Identifier for tracing the message; recipients can see it. */
            TraceId?: string;
            /** @description User ID to the per-user overrides and substitutions. */
            Users?: {
                [key: string]: components["schemas"]["EndpointSendConfiguration"];
            };
        };
        /** @description The outcome of sending a message to users. */
        SendUsersMessageResponse: {
            /** @description Identifier of the application used to send the message. */
            ApplicationId?: string;
            /** @description Identifier of the users-messages request. */
            RequestId?: string;
            /** @description User ID to a map of endpoint ID to the delivery result for that endpoint. */
            Result?: {
                [key: string]: {
                    [key: string]: components["schemas"]["EndpointMessageResult"];
                };
            };
        };
        /** @description A list of endpoints. */
        EndpointsResponse: {
            /** @description The endpoints. */
            Item?: components["schemas"]["EndpointResponse"][];
        };
    };
    responses: {
        /** @description The request is malformed. (BadRequestException) */
        BadRequestException: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageBody"];
            };
        };
        /** @description Access to the resource is denied. (ForbiddenException) */
        ForbiddenException: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageBody"];
            };
        };
        /** @description The resource does not exist. (NotFoundException) */
        NotFoundException: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageBody"];
            };
        };
        /** @description The resource does not support this method. (MethodNotAllowedException) */
        MethodNotAllowedException: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageBody"];
            };
        };
        /** @description Too many requests in a short time. (TooManyRequestsException) */
        TooManyRequestsException: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageBody"];
            };
        };
        /** @description The service failed unexpectedly. (InternalServerErrorException) */
        InternalServerErrorException: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageBody"];
            };
        };
    };
    parameters: {
        /** @description Media types the caller can read. */
        Accept: string;
        /** @description The `NextToken` of a previous page, to fetch the page after it. */
        Token: string;
        /** @description Most items one page holds. */
        PageSize: string;
        /** @description The application's identifier (the Project ID in the console). */
        ApplicationId: string;
        /** @description The campaign's identifier. */
        CampaignId: string;
        /** @description The version number. */
        Version: string;
        /** @description The user agent of the calling SDK or tool. */
        XAmzUserAgent: string;
        /** @description The endpoint's identifier. */
        EndpointId: string;
        /** @description The job's identifier. */
        JobId: string;
        /** @description The segment's identifier. */
        SegmentId: string;
        /** @description The user's identifier. */
        UserId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetApps: {
        parameters: {
            query?: {
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    CreateApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationRequest"];
            };
        };
        responses: {
            /** @description The application was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetCampaigns: {
        parameters: {
            query?: {
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    CreateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteCampaignRequest"];
            };
        };
        responses: {
            /** @description The campaign was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteCampaignRequest"];
            };
        };
        responses: {
            /** @description The updated campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetCampaignActivities: {
        parameters: {
            query?: {
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaign activities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivitiesResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetCampaignVersions: {
        parameters: {
            query?: {
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaign versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetCampaignVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The campaign's identifier. */
                "campaign-id": components["parameters"]["CampaignId"];
                /** @description The version number. */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetAdmChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
                /** @description The user agent of the calling SDK or tool. */
                "x-amz-user-agent"?: components["parameters"]["XAmzUserAgent"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ADM channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ADMChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateAdmChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ADMChannelRequest"];
            };
        };
        responses: {
            /** @description The ADM channel as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ADMChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteAdmChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted ADM channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ADMChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetApnsChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
                /** @description The user agent of the calling SDK or tool. */
                "x-amz-user-agent"?: components["parameters"]["XAmzUserAgent"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The APNs channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateApnsChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["APNSChannelRequest"];
            };
        };
        responses: {
            /** @description The APNs channel as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteApnsChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted APNs channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetApnsSandboxChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
                /** @description The user agent of the calling SDK or tool. */
                "x-amz-user-agent"?: components["parameters"]["XAmzUserAgent"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The APNs sandbox channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSSandboxChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateApnsSandboxChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["APNSSandboxChannelRequest"];
            };
        };
        responses: {
            /** @description The APNs sandbox channel as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSSandboxChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteApnsSandboxChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted APNs sandbox channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSSandboxChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetApnsVoipChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
                /** @description The user agent of the calling SDK or tool. */
                "x-amz-user-agent"?: components["parameters"]["XAmzUserAgent"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The APNs VoIP channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSVoipChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateApnsVoipChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["APNSVoipChannelRequest"];
            };
        };
        responses: {
            /** @description The APNs VoIP channel as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSVoipChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteApnsVoipChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted APNs VoIP channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSVoipChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetApnsVoipSandboxChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
                /** @description The user agent of the calling SDK or tool. */
                "x-amz-user-agent"?: components["parameters"]["XAmzUserAgent"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The APNs VoIP sandbox channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSVoipSandboxChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateApnsVoipSandboxChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["APNSVoipSandboxChannelRequest"];
            };
        };
        responses: {
            /** @description The APNs VoIP sandbox channel as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSVoipSandboxChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteApnsVoipSandboxChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted APNs VoIP sandbox channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APNSVoipSandboxChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetBaiduChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
                /** @description The user agent of the calling SDK or tool. */
                "x-amz-user-agent"?: components["parameters"]["XAmzUserAgent"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Baidu channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaiduChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateBaiduChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BaiduChannelRequest"];
            };
        };
        responses: {
            /** @description The Baidu channel as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaiduChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteBaiduChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted Baidu channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaiduChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetEmailChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
                /** @description The user agent of the calling SDK or tool. */
                "x-amz-user-agent"?: components["parameters"]["XAmzUserAgent"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateEmailChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailChannelRequest"];
            };
        };
        responses: {
            /** @description The email channel as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteEmailChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted email channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetGcmChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
                /** @description The user agent of the calling SDK or tool. */
                "x-amz-user-agent"?: components["parameters"]["XAmzUserAgent"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The GCM channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GCMChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateGcmChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GCMChannelRequest"];
            };
        };
        responses: {
            /** @description The GCM channel as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GCMChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteGcmChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted GCM channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GCMChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetSmsChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
                /** @description The user agent of the calling SDK or tool. */
                "x-amz-user-agent"?: components["parameters"]["XAmzUserAgent"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SMS channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SMSChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateSmsChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SMSChannelRequest"];
            };
        };
        responses: {
            /** @description The SMS channel as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SMSChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteSmsChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted SMS channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SMSChannelResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateEndpointsBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointBatchRequest"];
            };
        };
        responses: {
            /** @description The batch was accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBody"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The endpoint's identifier. */
                "endpoint-id": components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The endpoint's identifier. */
                "endpoint-id": components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointRequest"];
            };
        };
        responses: {
            /** @description The update was accepted; processing may still be under way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageBody"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The endpoint's identifier. */
                "endpoint-id": components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion was accepted; processing may still be under way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    PutEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventsRequest"];
            };
        };
        responses: {
            /** @description The events were accepted; the body gives the outcome per endpoint and event. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetEventStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application's event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventStream"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    PutEventStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteEventStream"];
            };
        };
        responses: {
            /** @description The event stream as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventStream"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteEventStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventStream"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetExportJobs: {
        parameters: {
            query?: {
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of export jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJobsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    CreateExportJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportJobRequest"];
            };
        };
        responses: {
            /** @description The export job was accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJobResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetExportJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The job's identifier. */
                "job-id": components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJobResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetImportJobs: {
        parameters: {
            query?: {
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of import jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    CreateImportJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportJobRequest"];
            };
        };
        responses: {
            /** @description The import job was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetImportJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The job's identifier. */
                "job-id": components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    SendMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRequest"];
            };
        };
        responses: {
            /** @description The results of the send. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    PhoneNumberValidate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberValidateRequest"];
            };
        };
        responses: {
            /** @description What is known about the number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberValidateResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetSegments: {
        parameters: {
            query?: {
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of segments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    CreateSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteSegmentRequest"];
            };
        };
        responses: {
            /** @description The segment was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteSegmentRequest"];
            };
        };
        responses: {
            /** @description The updated segment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted segment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetSegmentExportJobs: {
        parameters: {
            query?: {
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the segment's export jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJobsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetSegmentImportJobs: {
        parameters: {
            query?: {
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the segment's import jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetSegmentVersions: {
        parameters: {
            query?: {
                /** @description Most items one page holds. */
                "page-size"?: components["parameters"]["PageSize"];
                /** @description The `NextToken` of a previous page, to fetch the page after it. */
                token?: components["parameters"]["Token"];
            };
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of segment versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetSegmentVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The segment's identifier. */
                "segment-id": components["parameters"]["SegmentId"];
                /** @description The version number. */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment as it was in that version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetApplicationSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application's settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSettingsResource"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    UpdateApplicationSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteApplicationSettingsRequest"];
            };
        };
        responses: {
            /** @description The updated settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSettingsResource"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    SendUsersMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendUsersMessageRequest"];
            };
        };
        responses: {
            /** @description The delivery results per user and endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendUsersMessageResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    GetUserEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The user's identifier. */
                "user-id": components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
    DeleteUserEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description Media types the caller can read. */
                accept?: components["parameters"]["Accept"];
            };
            path: {
                /** @description The application's identifier (the Project ID in the console). */
                "application-id": components["parameters"]["ApplicationId"];
                /** @description The user's identifier. */
                "user-id": components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion was accepted; processing may still be under way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointsResponse"];
                };
            };
            400: components["responses"]["BadRequestException"];
            403: components["responses"]["ForbiddenException"];
            404: components["responses"]["NotFoundException"];
            405: components["responses"]["MethodNotAllowedException"];
            429: components["responses"]["TooManyRequestsException"];
            500: components["responses"]["InternalServerErrorException"];
        };
    };
}

/** An application (project) as the API returns it. */
export type ApplicationResponse = components["schemas"]["ApplicationResponse"];
/** One page of applications. */
export type ApplicationsResponse = components["schemas"]["ApplicationsResponse"];
/** Result or error information returned by the API. */
export type MessageBody = components["schemas"]["MessageBody"];
/** What a new application is created with. */
export type CreateApplicationRequest = components["schemas"]["CreateApplicationRequest"];
/** A push notification sent by a campaign. */
export type Message = components["schemas"]["Message"];
/** The email a campaign sends. */
export type CampaignEmailMessage = components["schemas"]["CampaignEmailMessage"];
/** The SMS message a campaign sends. */
export type CampaignSmsMessage = components["schemas"]["CampaignSmsMessage"];
/** The messages a campaign sends, a default one plus optional per-channel overrides. */
export type MessageConfiguration = components["schemas"]["MessageConfiguration"];
/** A daily time window, in the endpoint's time zone, during which no messages are sent. */
export type QuietTime = components["schemas"]["QuietTime"];
/** When and how often a campaign runs. */
export type Schedule = components["schemas"]["Schedule"];
/** The status of a campaign or of one of its treatments. */
export type CampaignState = components["schemas"]["CampaignState"];
/** One additional treatment (A/B test variant) of a campaign, as the API returns it. */
export type TreatmentResource = components["schemas"]["TreatmentResource"];
/** A Lambda function or web URL that a campaign calls out to. */
export type CampaignHook = components["schemas"]["CampaignHook"];
/** Caps on how many messages a campaign sends and for how long. */
export type CampaignLimits = components["schemas"]["CampaignLimits"];
/** A campaign (or one version of it) as the API returns it. */
export type CampaignResponse = components["schemas"]["CampaignResponse"];
/** One page of campaigns (or of campaign versions). */
export type CampaignsResponse = components["schemas"]["CampaignsResponse"];
/** The settings of one additional treatment (A/B test variant) of a campaign. */
export type WriteTreatmentResource = components["schemas"]["WriteTreatmentResource"];
/** The settings used to create or update a campaign. */
export type WriteCampaignRequest = components["schemas"]["WriteCampaignRequest"];
/** One run of a campaign (or of one of its treatments) and how it went. */
export type ActivityResponse = components["schemas"]["ActivityResponse"];
/** One page of a campaign's activities (runs). */
export type ActivitiesResponse = components["schemas"]["ActivitiesResponse"];
/** The Amazon Device Messaging (ADM) channel of an application. */
export type ADMChannelResponse = components["schemas"]["ADMChannelResponse"];
/** Settings for the Amazon Device Messaging (ADM) channel of an application. */
export type ADMChannelRequest = components["schemas"]["ADMChannelRequest"];
/** The Apple Push Notification service (APNs) channel of an application. */
export type APNSChannelResponse = components["schemas"]["APNSChannelResponse"];
/** Settings for the Apple Push Notification service (APNs) channel of an application. */
export type APNSChannelRequest = components["schemas"]["APNSChannelRequest"];
/** The APNs sandbox (development) channel of an application. */
export type APNSSandboxChannelResponse = components["schemas"]["APNSSandboxChannelResponse"];
/** Settings for the APNs sandbox (development) channel of an application. */
export type APNSSandboxChannelRequest = components["schemas"]["APNSSandboxChannelRequest"];
/** The APNs VoIP channel of an application. */
export type APNSVoipChannelResponse = components["schemas"]["APNSVoipChannelResponse"];
/** Settings for the APNs VoIP channel of an application. */
export type APNSVoipChannelRequest = components["schemas"]["APNSVoipChannelRequest"];
/** The APNs VoIP sandbox (development) channel of an application. */
export type APNSVoipSandboxChannelResponse = components["schemas"]["APNSVoipSandboxChannelResponse"];
/** Settings for the APNs VoIP sandbox (development) channel of an application. */
export type APNSVoipSandboxChannelRequest = components["schemas"]["APNSVoipSandboxChannelRequest"];
/** The Baidu Cloud Push channel of an application. */
export type BaiduChannelResponse = components["schemas"]["BaiduChannelResponse"];
/** Settings for the Baidu Cloud Push channel of an application. */
export type BaiduChannelRequest = components["schemas"]["BaiduChannelRequest"];
/** The email channel of an application. */
export type EmailChannelResponse = components["schemas"]["EmailChannelResponse"];
/** Settings for the email channel of an application. */
export type EmailChannelRequest = components["schemas"]["EmailChannelRequest"];
/** The Google Cloud Messaging (GCM) channel of an application. */
export type GCMChannelResponse = components["schemas"]["GCMChannelResponse"];
/** Settings for the Google Cloud Messaging (GCM) channel of an application. */
export type GCMChannelRequest = components["schemas"]["GCMChannelRequest"];
/** The SMS channel of an application. */
export type SMSChannelResponse = components["schemas"]["SMSChannelResponse"];
/** Settings for the SMS channel of an application. */
export type SMSChannelRequest = components["schemas"]["SMSChannelRequest"];
/** Demographic facts about an endpoint, such as its device, platform and time zone. */
export type EndpointDemographic = components["schemas"]["EndpointDemographic"];
/** Where an endpoint is located. */
export type EndpointLocation = components["schemas"]["EndpointLocation"];
/** The user an endpoint belongs to, with that user's custom attributes. */
export type EndpointUser = components["schemas"]["EndpointUser"];
/** One endpoint inside a batch update. */
export type EndpointBatchItem = components["schemas"]["EndpointBatchItem"];
/** A batch of endpoints to create or update in one call. */
export type EndpointBatchRequest = components["schemas"]["EndpointBatchRequest"];
/** An endpoint with its channel, address, attributes and identifiers. */
export type EndpointResponse = components["schemas"]["EndpointResponse"];
/** The channel, address and attributes an endpoint is created or updated with. */
export type EndpointRequest = components["schemas"]["EndpointRequest"];
/** Endpoint data sent along with events. */
export type PublicEndpoint = components["schemas"]["PublicEndpoint"];
/** The session an event happened in. */
export type Session = components["schemas"]["Session"];
/** One event recorded for an endpoint. */
export type Event = components["schemas"]["Event"];
/** One endpoint and the events recorded for it. */
export type EventsBatch = components["schemas"]["EventsBatch"];
/** Events to record, grouped by the endpoint they belong to. */
export type EventsRequest = components["schemas"]["EventsRequest"];
/** The outcome of accepting the endpoint data. */
export type EndpointItemResponse = components["schemas"]["EndpointItemResponse"];
/** The outcome of processing one event. */
export type EventItemResponse = components["schemas"]["EventItemResponse"];
/** The outcome for one endpoint and the events sent with it. */
export type ItemResponse = components["schemas"]["ItemResponse"];
/** The outcome of recording a batch of events. */
export type EventsResponse = components["schemas"]["EventsResponse"];
/** The event stream of an application. */
export type EventStream = components["schemas"]["EventStream"];
/** The settings for creating or updating an application's event stream. */
export type WriteEventStream = components["schemas"]["WriteEventStream"];
/** The settings of an export job. */
export type ExportJobResource = components["schemas"]["ExportJobResource"];
/** An export job with its status and progress. */
export type ExportJobResponse = components["schemas"]["ExportJobResponse"];
/** One page of export jobs. */
export type ExportJobsResponse = components["schemas"]["ExportJobsResponse"];
/** Settings for a new job that exports endpoints to Amazon S3. */
export type ExportJobRequest = components["schemas"]["ExportJobRequest"];
/** The settings of an import job. */
export type ImportJobResource = components["schemas"]["ImportJobResource"];
/** An import job with its status and progress. */
export type ImportJobResponse = components["schemas"]["ImportJobResponse"];
/** One page of import jobs. */
export type ImportJobsResponse = components["schemas"]["ImportJobsResponse"];
/** Settings for a new job that imports endpoints from Amazon S3. */
export type ImportJobRequest = components["schemas"]["ImportJobRequest"];
/** The default message for every channel. */
export type DefaultMessage = components["schemas"]["DefaultMessage"];
/** Default settings and content of a push notification sent directly to an endpoint, for every push channel. */
export type DefaultPushNotificationMessage = components["schemas"]["DefaultPushNotificationMessage"];
/** A one-time message sent directly through the APNs (Apple Push Notification service) channel. */
export type APNSMessage = components["schemas"]["APNSMessage"];
/** A one-time message sent directly through the GCM channel, that is Firebase Cloud Messaging (FCM). */
export type GCMMessage = components["schemas"]["GCMMessage"];
/** A one-time message sent directly through the Baidu Cloud Push channel. */
export type BaiduMessage = components["schemas"]["BaiduMessage"];
/** A one-time message sent directly through the ADM (Amazon Device Messaging) channel. */
export type ADMMessage = components["schemas"]["ADMMessage"];
/** The subject or a body part of an email, as text with its character set. */
export type SimpleEmailPart = components["schemas"]["SimpleEmailPart"];
/** An email made of a subject, a text part and an HTML part. */
export type SimpleEmail = components["schemas"]["SimpleEmail"];
/** An email as a raw MIME message. */
export type RawEmail = components["schemas"]["RawEmail"];
/** Default settings and content of a one-time email sent directly to an endpoint. */
export type EmailMessage = components["schemas"]["EmailMessage"];
/** Default settings of a one-time SMS message sent directly to an endpoint. */
export type SMSMessage = components["schemas"]["SMSMessage"];
/** A one-time voice message sent directly through the voice channel. */
export type VoiceMessage = components["schemas"]["VoiceMessage"];
/** The default message and the per-channel messages of a direct send. */
export type DirectMessageConfiguration = components["schemas"]["DirectMessageConfiguration"];
/** Names the message template a message uses. */
export type Template = components["schemas"]["Template"];
/** The message template used for each kind of channel. */
export type TemplateConfiguration = components["schemas"]["TemplateConfiguration"];
/** Per-address settings for a message sent directly to an address. */
export type AddressConfiguration = components["schemas"]["AddressConfiguration"];
/** Per-endpoint content, variables and attributes for a message sent directly to an endpoint. */
export type EndpointSendConfiguration = components["schemas"]["EndpointSendConfiguration"];
/** A direct message, its configuration and its recipients. */
export type MessageRequest = components["schemas"]["MessageRequest"];
/** The delivery result of a message sent directly to an address. */
export type MessageResult = components["schemas"]["MessageResult"];
/** The delivery result of a message sent directly to an endpoint. */
export type EndpointMessageResult = components["schemas"]["EndpointMessageResult"];
/** The results of a direct send. */
export type MessageResponse = components["schemas"]["MessageResponse"];
/** A phone number to look up. */
export type NumberValidateRequest = components["schemas"]["NumberValidateRequest"];
/** What is known about a phone number. */
export type NumberValidateResponse = components["schemas"]["NumberValidateResponse"];
/** A criterion on the values of one custom attribute. */
export type AttributeDimension = components["schemas"]["AttributeDimension"];
/** A criterion on how recently users used the app. */
export type RecencyDimension = components["schemas"]["RecencyDimension"];
/** Behavior-based criteria of a segment. */
export type SegmentBehaviors = components["schemas"]["SegmentBehaviors"];
/** A criterion that matches endpoints against a set of values. */
export type SetDimension = components["schemas"]["SetDimension"];
/** Device and app criteria of a segment. */
export type SegmentDemographics = components["schemas"]["SegmentDemographics"];
/** A geographic point. */
export type GPSCoordinates = components["schemas"]["GPSCoordinates"];
/** A criterion selecting endpoints within a distance of a point. */
export type GPSPointDimension = components["schemas"]["GPSPointDimension"];
/** Location criteria of a segment. */
export type SegmentLocation = components["schemas"]["SegmentLocation"];
/** A criterion comparing a custom metric with a value. */
export type MetricDimension = components["schemas"]["MetricDimension"];
/** The criteria that select the endpoints of a segment. */
export type SegmentDimensions = components["schemas"]["SegmentDimensions"];
/** How an imported segment was imported. */
export type SegmentImportResource = components["schemas"]["SegmentImportResource"];
/** A pointer to a segment, optionally to one of its versions. */
export type SegmentReference = components["schemas"]["SegmentReference"];
/** Base segments plus the dimensions that filter them. */
export type SegmentGroup = components["schemas"]["SegmentGroup"];
/** The segment groups of a segment and how they combine. */
export type SegmentGroupList = components["schemas"]["SegmentGroupList"];
/** A segment as the API returns it. */
export type SegmentResponse = components["schemas"]["SegmentResponse"];
/** One page of segments or segment versions. */
export type SegmentsResponse = components["schemas"]["SegmentsResponse"];
/** The definition of a segment to create or update, by dimensions or by segment groups (not both). */
export type WriteSegmentRequest = components["schemas"]["WriteSegmentRequest"];
/** The default settings of an application. */
export type ApplicationSettingsResource = components["schemas"]["ApplicationSettingsResource"];
/** New default settings for an application. */
export type WriteApplicationSettingsRequest = components["schemas"]["WriteApplicationSettingsRequest"];
/** A direct message to send to every endpoint of a list of users. */
export type SendUsersMessageRequest = components["schemas"]["SendUsersMessageRequest"];
/** The outcome of sending a message to users. */
export type SendUsersMessageResponse = components["schemas"]["SendUsersMessageResponse"];
/** A list of endpoints. */
export type EndpointsResponse = components["schemas"]["EndpointsResponse"];
