// Generated from the OpenAPI spec by generator/. Do not edit: run `npm run generate`.
import { fullFormats } from "ajv-formats/dist/formats.js";
function validate_schemas_ApplicationResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ApplicationResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Name === void 0) {
      const err_1aa18091 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Name" }, message: "must have required property 'Name'" };
      if (vErrors === null) {
        vErrors = [err_1aa18091];
      } else {
        vErrors.push(err_1aa18091);
      }
      errors++;
    }
    if (data.Id === void 0) {
      const err_e2683ddd = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Id" }, message: "must have required property 'Id'" };
      if (vErrors === null) {
        vErrors = [err_e2683ddd];
      } else {
        vErrors.push(err_e2683ddd);
      }
      errors++;
    }
    if (data.Arn === void 0) {
      const err_a93b22af = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Arn" }, message: "must have required property 'Arn'" };
      if (vErrors === null) {
        vErrors = [err_a93b22af];
      } else {
        vErrors.push(err_a93b22af);
      }
      errors++;
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err_ab1258dd = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ab1258dd];
        } else {
          vErrors.push(err_ab1258dd);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.Arn !== void 0) {
      if (typeof data.Arn !== "string") {
        const err_1ee9a326 = { instancePath: instancePath + "/Arn", schemaPath: "#/properties/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1ee9a326];
        } else {
          vErrors.push(err_1ee9a326);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data_tags = data.tags;
      if (data_tags && typeof data_tags == "object" && !Array.isArray(data_tags)) {
        for (const key0 in data_tags) {
          if (typeof data_tags[key0] !== "string") {
            const err_dd70cd98 = { instancePath: instancePath + "/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_dd70cd98];
            } else {
              vErrors.push(err_dd70cd98);
            }
            errors++;
          }
        }
      } else {
        const err_a25c494a = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_a25c494a];
        } else {
          vErrors.push(err_a25c494a);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ApplicationResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ApplicationResponse.evaluated = { "props": { "Name": true, "Id": true, "Arn": true, "tags": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_ApplicationsResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ApplicationsResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.NextToken !== void 0) {
      if (typeof data.NextToken !== "string") {
        const err_254606cf = { instancePath: instancePath + "/NextToken", schemaPath: "#/properties/NextToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_254606cf];
        } else {
          vErrors.push(err_254606cf);
        }
        errors++;
      }
    }
    if (data.Item !== void 0) {
      let data_Item = data.Item;
      if (Array.isArray(data_Item)) {
        const len0 = data_Item.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_ApplicationResponse(data_Item[i0], { instancePath: instancePath + "/Item/" + i0, parentData: data_Item, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_ApplicationResponse.errors : vErrors.concat(validate_schemas_ApplicationResponse.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_396bd49f = { instancePath: instancePath + "/Item", schemaPath: "#/properties/Item/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_396bd49f];
        } else {
          vErrors.push(err_396bd49f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ApplicationsResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ApplicationsResponse.evaluated = { "props": { "NextToken": true, "Item": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_MessageBody(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_MessageBody.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RequestID !== void 0) {
      if (typeof data.RequestID !== "string") {
        const err_7cec7160 = { instancePath: instancePath + "/RequestID", schemaPath: "#/properties/RequestID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7cec7160];
        } else {
          vErrors.push(err_7cec7160);
        }
        errors++;
      }
    }
    if (data.Message !== void 0) {
      if (typeof data.Message !== "string") {
        const err_d0dd243a = { instancePath: instancePath + "/Message", schemaPath: "#/properties/Message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d0dd243a];
        } else {
          vErrors.push(err_d0dd243a);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_MessageBody.errors = vErrors;
  return errors === 0;
}
validate_schemas_MessageBody.evaluated = { "props": { "RequestID": true, "Message": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_CreateApplicationRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_CreateApplicationRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Name === void 0) {
      const err_1aa18091 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Name" }, message: "must have required property 'Name'" };
      if (vErrors === null) {
        vErrors = [err_1aa18091];
      } else {
        vErrors.push(err_1aa18091);
      }
      errors++;
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err_ab1258dd = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ab1258dd];
        } else {
          vErrors.push(err_ab1258dd);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data_tags = data.tags;
      if (data_tags && typeof data_tags == "object" && !Array.isArray(data_tags)) {
        for (const key0 in data_tags) {
          if (typeof data_tags[key0] !== "string") {
            const err_dd70cd98 = { instancePath: instancePath + "/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_dd70cd98];
            } else {
              vErrors.push(err_dd70cd98);
            }
            errors++;
          }
        }
      } else {
        const err_a25c494a = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_a25c494a];
        } else {
          vErrors.push(err_a25c494a);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_CreateApplicationRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_CreateApplicationRequest.evaluated = { "props": { "Name": true, "tags": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_Message = {
  "type": "object",
  "properties": {
    "Action": {
      "type": "string",
      "enum": [
        "OPEN_APP",
        "DEEP_LINK",
        "URL"
      ]
    },
    "Body": {
      "type": "string"
    },
    "ImageIconUrl": {
      "type": "string"
    },
    "ImageSmallIconUrl": {
      "type": "string"
    },
    "ImageUrl": {
      "type": "string"
    },
    "JsonBody": {
      "type": "string"
    },
    "MediaUrl": {
      "type": "string"
    },
    "RawContent": {
      "type": "string"
    },
    "SilentPush": {
      "type": "boolean"
    },
    "TimeToLive": {
      "type": "integer"
    },
    "Title": {
      "type": "string"
    },
    "Url": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/Message"
};
function validate_schemas_Message(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_Message.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Action !== void 0) {
      let data_Action = data.Action;
      if (typeof data_Action !== "string") {
        const err_b17dc498 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b17dc498];
        } else {
          vErrors.push(err_b17dc498);
        }
        errors++;
      }
      if (!(data_Action === "OPEN_APP" || data_Action === "DEEP_LINK" || data_Action === "URL")) {
        const err_6396b00d = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/enum", keyword: "enum", params: { allowedValues: schema_schemas_Message.properties.Action.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_6396b00d];
        } else {
          vErrors.push(err_6396b00d);
        }
        errors++;
      }
    }
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.ImageIconUrl !== void 0) {
      if (typeof data.ImageIconUrl !== "string") {
        const err_3b9b3e34 = { instancePath: instancePath + "/ImageIconUrl", schemaPath: "#/properties/ImageIconUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3b9b3e34];
        } else {
          vErrors.push(err_3b9b3e34);
        }
        errors++;
      }
    }
    if (data.ImageSmallIconUrl !== void 0) {
      if (typeof data.ImageSmallIconUrl !== "string") {
        const err_b6bf8329 = { instancePath: instancePath + "/ImageSmallIconUrl", schemaPath: "#/properties/ImageSmallIconUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b6bf8329];
        } else {
          vErrors.push(err_b6bf8329);
        }
        errors++;
      }
    }
    if (data.ImageUrl !== void 0) {
      if (typeof data.ImageUrl !== "string") {
        const err_b76b3c34 = { instancePath: instancePath + "/ImageUrl", schemaPath: "#/properties/ImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b76b3c34];
        } else {
          vErrors.push(err_b76b3c34);
        }
        errors++;
      }
    }
    if (data.JsonBody !== void 0) {
      if (typeof data.JsonBody !== "string") {
        const err_27614602 = { instancePath: instancePath + "/JsonBody", schemaPath: "#/properties/JsonBody/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_27614602];
        } else {
          vErrors.push(err_27614602);
        }
        errors++;
      }
    }
    if (data.MediaUrl !== void 0) {
      if (typeof data.MediaUrl !== "string") {
        const err_773420a9 = { instancePath: instancePath + "/MediaUrl", schemaPath: "#/properties/MediaUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_773420a9];
        } else {
          vErrors.push(err_773420a9);
        }
        errors++;
      }
    }
    if (data.RawContent !== void 0) {
      if (typeof data.RawContent !== "string") {
        const err_75f5137c = { instancePath: instancePath + "/RawContent", schemaPath: "#/properties/RawContent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_75f5137c];
        } else {
          vErrors.push(err_75f5137c);
        }
        errors++;
      }
    }
    if (data.SilentPush !== void 0) {
      if (typeof data.SilentPush !== "boolean") {
        const err_40d9f770 = { instancePath: instancePath + "/SilentPush", schemaPath: "#/properties/SilentPush/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_40d9f770];
        } else {
          vErrors.push(err_40d9f770);
        }
        errors++;
      }
    }
    if (data.TimeToLive !== void 0) {
      let data_TimeToLive = data.TimeToLive;
      if (!(typeof data_TimeToLive == "number" && (!(data_TimeToLive % 1) && !isNaN(data_TimeToLive)) && isFinite(data_TimeToLive))) {
        const err_c7547872 = { instancePath: instancePath + "/TimeToLive", schemaPath: "#/properties/TimeToLive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_c7547872];
        } else {
          vErrors.push(err_c7547872);
        }
        errors++;
      }
    }
    if (data.Title !== void 0) {
      if (typeof data.Title !== "string") {
        const err_7f5573fa = { instancePath: instancePath + "/Title", schemaPath: "#/properties/Title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7f5573fa];
        } else {
          vErrors.push(err_7f5573fa);
        }
        errors++;
      }
    }
    if (data.Url !== void 0) {
      if (typeof data.Url !== "string") {
        const err_905b7cbe = { instancePath: instancePath + "/Url", schemaPath: "#/properties/Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_905b7cbe];
        } else {
          vErrors.push(err_905b7cbe);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_Message.errors = vErrors;
  return errors === 0;
}
validate_schemas_Message.evaluated = { "props": { "Action": true, "Body": true, "ImageIconUrl": true, "ImageSmallIconUrl": true, "ImageUrl": true, "JsonBody": true, "MediaUrl": true, "RawContent": true, "SilentPush": true, "TimeToLive": true, "Title": true, "Url": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_CampaignEmailMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_CampaignEmailMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.FromAddress !== void 0) {
      if (typeof data.FromAddress !== "string") {
        const err_72090783 = { instancePath: instancePath + "/FromAddress", schemaPath: "#/properties/FromAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_72090783];
        } else {
          vErrors.push(err_72090783);
        }
        errors++;
      }
    }
    if (data.HtmlBody !== void 0) {
      if (typeof data.HtmlBody !== "string") {
        const err_bc0faeca = { instancePath: instancePath + "/HtmlBody", schemaPath: "#/properties/HtmlBody/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_bc0faeca];
        } else {
          vErrors.push(err_bc0faeca);
        }
        errors++;
      }
    }
    if (data.Title !== void 0) {
      if (typeof data.Title !== "string") {
        const err_7f5573fa = { instancePath: instancePath + "/Title", schemaPath: "#/properties/Title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7f5573fa];
        } else {
          vErrors.push(err_7f5573fa);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_CampaignEmailMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_CampaignEmailMessage.evaluated = { "props": { "Body": true, "FromAddress": true, "HtmlBody": true, "Title": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_CampaignSmsMessage = {
  "type": "object",
  "properties": {
    "Body": {
      "type": "string"
    },
    "MessageType": {
      "type": "string",
      "enum": [
        "TRANSACTIONAL",
        "PROMOTIONAL"
      ]
    },
    "SenderId": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/CampaignSmsMessage"
};
function validate_schemas_CampaignSmsMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_CampaignSmsMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.MessageType !== void 0) {
      let data_MessageType = data.MessageType;
      if (typeof data_MessageType !== "string") {
        const err_8eb3dcf4 = { instancePath: instancePath + "/MessageType", schemaPath: "#/properties/MessageType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8eb3dcf4];
        } else {
          vErrors.push(err_8eb3dcf4);
        }
        errors++;
      }
      if (!(data_MessageType === "TRANSACTIONAL" || data_MessageType === "PROMOTIONAL")) {
        const err_5d8b38e5 = { instancePath: instancePath + "/MessageType", schemaPath: "#/properties/MessageType/enum", keyword: "enum", params: { allowedValues: schema_schemas_CampaignSmsMessage.properties.MessageType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_5d8b38e5];
        } else {
          vErrors.push(err_5d8b38e5);
        }
        errors++;
      }
    }
    if (data.SenderId !== void 0) {
      if (typeof data.SenderId !== "string") {
        const err_b6895b26 = { instancePath: instancePath + "/SenderId", schemaPath: "#/properties/SenderId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b6895b26];
        } else {
          vErrors.push(err_b6895b26);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_CampaignSmsMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_CampaignSmsMessage.evaluated = { "props": { "Body": true, "MessageType": true, "SenderId": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_MessageConfiguration(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_MessageConfiguration.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ADMMessage !== void 0) {
      if (!validate_schemas_Message(data.ADMMessage, { instancePath: instancePath + "/ADMMessage", parentData: data, parentDataProperty: "ADMMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Message.errors : vErrors.concat(validate_schemas_Message.errors);
        errors = vErrors.length;
      }
    }
    if (data.APNSMessage !== void 0) {
      if (!validate_schemas_Message(data.APNSMessage, { instancePath: instancePath + "/APNSMessage", parentData: data, parentDataProperty: "APNSMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Message.errors : vErrors.concat(validate_schemas_Message.errors);
        errors = vErrors.length;
      }
    }
    if (data.BaiduMessage !== void 0) {
      if (!validate_schemas_Message(data.BaiduMessage, { instancePath: instancePath + "/BaiduMessage", parentData: data, parentDataProperty: "BaiduMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Message.errors : vErrors.concat(validate_schemas_Message.errors);
        errors = vErrors.length;
      }
    }
    if (data.DefaultMessage !== void 0) {
      if (!validate_schemas_Message(data.DefaultMessage, { instancePath: instancePath + "/DefaultMessage", parentData: data, parentDataProperty: "DefaultMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Message.errors : vErrors.concat(validate_schemas_Message.errors);
        errors = vErrors.length;
      }
    }
    if (data.EmailMessage !== void 0) {
      if (!validate_schemas_CampaignEmailMessage(data.EmailMessage, { instancePath: instancePath + "/EmailMessage", parentData: data, parentDataProperty: "EmailMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignEmailMessage.errors : vErrors.concat(validate_schemas_CampaignEmailMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.GCMMessage !== void 0) {
      if (!validate_schemas_Message(data.GCMMessage, { instancePath: instancePath + "/GCMMessage", parentData: data, parentDataProperty: "GCMMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Message.errors : vErrors.concat(validate_schemas_Message.errors);
        errors = vErrors.length;
      }
    }
    if (data.SMSMessage !== void 0) {
      if (!validate_schemas_CampaignSmsMessage(data.SMSMessage, { instancePath: instancePath + "/SMSMessage", parentData: data, parentDataProperty: "SMSMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignSmsMessage.errors : vErrors.concat(validate_schemas_CampaignSmsMessage.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_MessageConfiguration.errors = vErrors;
  return errors === 0;
}
validate_schemas_MessageConfiguration.evaluated = { "props": { "ADMMessage": true, "APNSMessage": true, "BaiduMessage": true, "DefaultMessage": true, "EmailMessage": true, "GCMMessage": true, "SMSMessage": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_QuietTime(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_QuietTime.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.End !== void 0) {
      if (typeof data.End !== "string") {
        const err_616e4066 = { instancePath: instancePath + "/End", schemaPath: "#/properties/End/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_616e4066];
        } else {
          vErrors.push(err_616e4066);
        }
        errors++;
      }
    }
    if (data.Start !== void 0) {
      if (typeof data.Start !== "string") {
        const err_72e881f6 = { instancePath: instancePath + "/Start", schemaPath: "#/properties/Start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_72e881f6];
        } else {
          vErrors.push(err_72e881f6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_QuietTime.errors = vErrors;
  return errors === 0;
}
validate_schemas_QuietTime.evaluated = { "props": { "End": true, "Start": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_Schedule = {
  "type": "object",
  "properties": {
    "EndTime": {
      "type": "string",
      "format": "date-time"
    },
    "Frequency": {
      "type": "string",
      "enum": [
        "ONCE",
        "HOURLY",
        "DAILY",
        "WEEKLY",
        "MONTHLY"
      ]
    },
    "IsLocalTime": {
      "type": "boolean"
    },
    "QuietTime": {
      "$ref": "https://openapi.invalid/schemas/QuietTime"
    },
    "StartTime": {
      "type": "string",
      "format": "date-time"
    },
    "Timezone": {
      "type": "string",
      "enum": [
        "UTC",
        "UTC+01",
        "UTC+02",
        "UTC+03",
        "UTC+03:30",
        "UTC+04",
        "UTC+04:30",
        "UTC+05",
        "UTC+05:30",
        "UTC+05:45",
        "UTC+06",
        "UTC+06:30",
        "UTC+07",
        "UTC+08",
        "UTC+09",
        "UTC+09:30",
        "UTC+10",
        "UTC+10:30",
        "UTC+11",
        "UTC+12",
        "UTC+13",
        "UTC-02",
        "UTC-03",
        "UTC-04",
        "UTC-05",
        "UTC-06",
        "UTC-07",
        "UTC-08",
        "UTC-09",
        "UTC-10",
        "UTC-11"
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/Schedule"
};
const format_date$2d$time = fullFormats["date-time"];
function validate_schemas_Schedule(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_Schedule.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.EndTime !== void 0) {
      let data_EndTime = data.EndTime;
      if (typeof data_EndTime === "string") {
        if (!format_date$2d$time.validate(data_EndTime)) {
          const err_ced9bf2c = { instancePath: instancePath + "/EndTime", schemaPath: "#/properties/EndTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_ced9bf2c];
          } else {
            vErrors.push(err_ced9bf2c);
          }
          errors++;
        }
      } else {
        const err_8c043590 = { instancePath: instancePath + "/EndTime", schemaPath: "#/properties/EndTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8c043590];
        } else {
          vErrors.push(err_8c043590);
        }
        errors++;
      }
    }
    if (data.Frequency !== void 0) {
      let data_Frequency = data.Frequency;
      if (typeof data_Frequency !== "string") {
        const err_ffd1f652 = { instancePath: instancePath + "/Frequency", schemaPath: "#/properties/Frequency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ffd1f652];
        } else {
          vErrors.push(err_ffd1f652);
        }
        errors++;
      }
      if (!(data_Frequency === "ONCE" || data_Frequency === "HOURLY" || data_Frequency === "DAILY" || data_Frequency === "WEEKLY" || data_Frequency === "MONTHLY")) {
        const err_99f6938c = { instancePath: instancePath + "/Frequency", schemaPath: "#/properties/Frequency/enum", keyword: "enum", params: { allowedValues: schema_schemas_Schedule.properties.Frequency.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_99f6938c];
        } else {
          vErrors.push(err_99f6938c);
        }
        errors++;
      }
    }
    if (data.IsLocalTime !== void 0) {
      if (typeof data.IsLocalTime !== "boolean") {
        const err_cf668d3a = { instancePath: instancePath + "/IsLocalTime", schemaPath: "#/properties/IsLocalTime/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_cf668d3a];
        } else {
          vErrors.push(err_cf668d3a);
        }
        errors++;
      }
    }
    if (data.QuietTime !== void 0) {
      if (!validate_schemas_QuietTime(data.QuietTime, { instancePath: instancePath + "/QuietTime", parentData: data, parentDataProperty: "QuietTime", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_QuietTime.errors : vErrors.concat(validate_schemas_QuietTime.errors);
        errors = vErrors.length;
      }
    }
    if (data.StartTime !== void 0) {
      let data_StartTime = data.StartTime;
      if (typeof data_StartTime === "string") {
        if (!format_date$2d$time.validate(data_StartTime)) {
          const err_896df5b0 = { instancePath: instancePath + "/StartTime", schemaPath: "#/properties/StartTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_896df5b0];
          } else {
            vErrors.push(err_896df5b0);
          }
          errors++;
        }
      } else {
        const err_b958fd4d = { instancePath: instancePath + "/StartTime", schemaPath: "#/properties/StartTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b958fd4d];
        } else {
          vErrors.push(err_b958fd4d);
        }
        errors++;
      }
    }
    if (data.Timezone !== void 0) {
      let data_Timezone = data.Timezone;
      if (typeof data_Timezone !== "string") {
        const err_78e504c2 = { instancePath: instancePath + "/Timezone", schemaPath: "#/properties/Timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_78e504c2];
        } else {
          vErrors.push(err_78e504c2);
        }
        errors++;
      }
      if (!(data_Timezone === "UTC" || data_Timezone === "UTC+01" || data_Timezone === "UTC+02" || data_Timezone === "UTC+03" || data_Timezone === "UTC+03:30" || data_Timezone === "UTC+04" || data_Timezone === "UTC+04:30" || data_Timezone === "UTC+05" || data_Timezone === "UTC+05:30" || data_Timezone === "UTC+05:45" || data_Timezone === "UTC+06" || data_Timezone === "UTC+06:30" || data_Timezone === "UTC+07" || data_Timezone === "UTC+08" || data_Timezone === "UTC+09" || data_Timezone === "UTC+09:30" || data_Timezone === "UTC+10" || data_Timezone === "UTC+10:30" || data_Timezone === "UTC+11" || data_Timezone === "UTC+12" || data_Timezone === "UTC+13" || data_Timezone === "UTC-02" || data_Timezone === "UTC-03" || data_Timezone === "UTC-04" || data_Timezone === "UTC-05" || data_Timezone === "UTC-06" || data_Timezone === "UTC-07" || data_Timezone === "UTC-08" || data_Timezone === "UTC-09" || data_Timezone === "UTC-10" || data_Timezone === "UTC-11")) {
        const err_fa030615 = { instancePath: instancePath + "/Timezone", schemaPath: "#/properties/Timezone/enum", keyword: "enum", params: { allowedValues: schema_schemas_Schedule.properties.Timezone.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_fa030615];
        } else {
          vErrors.push(err_fa030615);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_Schedule.errors = vErrors;
  return errors === 0;
}
validate_schemas_Schedule.evaluated = { "props": { "EndTime": true, "Frequency": true, "IsLocalTime": true, "QuietTime": true, "StartTime": true, "Timezone": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_CampaignState = {
  "type": "object",
  "properties": {
    "CampaignStatus": {
      "type": "string",
      "enum": [
        "SCHEDULED",
        "EXECUTING",
        "PENDING_NEXT_RUN",
        "COMPLETED",
        "PAUSED"
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/CampaignState"
};
function validate_schemas_CampaignState(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_CampaignState.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.CampaignStatus !== void 0) {
      let data_CampaignStatus = data.CampaignStatus;
      if (typeof data_CampaignStatus !== "string") {
        const err_b661c7aa = { instancePath: instancePath + "/CampaignStatus", schemaPath: "#/properties/CampaignStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b661c7aa];
        } else {
          vErrors.push(err_b661c7aa);
        }
        errors++;
      }
      if (!(data_CampaignStatus === "SCHEDULED" || data_CampaignStatus === "EXECUTING" || data_CampaignStatus === "PENDING_NEXT_RUN" || data_CampaignStatus === "COMPLETED" || data_CampaignStatus === "PAUSED")) {
        const err_ccd22282 = { instancePath: instancePath + "/CampaignStatus", schemaPath: "#/properties/CampaignStatus/enum", keyword: "enum", params: { allowedValues: schema_schemas_CampaignState.properties.CampaignStatus.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_ccd22282];
        } else {
          vErrors.push(err_ccd22282);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_CampaignState.errors = vErrors;
  return errors === 0;
}
validate_schemas_CampaignState.evaluated = { "props": { "CampaignStatus": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_TreatmentResource(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_TreatmentResource.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.MessageConfiguration !== void 0) {
      if (!validate_schemas_MessageConfiguration(data.MessageConfiguration, { instancePath: instancePath + "/MessageConfiguration", parentData: data, parentDataProperty: "MessageConfiguration", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_MessageConfiguration.errors : vErrors.concat(validate_schemas_MessageConfiguration.errors);
        errors = vErrors.length;
      }
    }
    if (data.Schedule !== void 0) {
      if (!validate_schemas_Schedule(data.Schedule, { instancePath: instancePath + "/Schedule", parentData: data, parentDataProperty: "Schedule", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Schedule.errors : vErrors.concat(validate_schemas_Schedule.errors);
        errors = vErrors.length;
      }
    }
    if (data.SizePercent !== void 0) {
      let data_SizePercent = data.SizePercent;
      if (!(typeof data_SizePercent == "number" && (!(data_SizePercent % 1) && !isNaN(data_SizePercent)) && isFinite(data_SizePercent))) {
        const err_511e714e = { instancePath: instancePath + "/SizePercent", schemaPath: "#/properties/SizePercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_511e714e];
        } else {
          vErrors.push(err_511e714e);
        }
        errors++;
      }
    }
    if (data.State !== void 0) {
      if (!validate_schemas_CampaignState(data.State, { instancePath: instancePath + "/State", parentData: data, parentDataProperty: "State", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignState.errors : vErrors.concat(validate_schemas_CampaignState.errors);
        errors = vErrors.length;
      }
    }
    if (data.TreatmentDescription !== void 0) {
      if (typeof data.TreatmentDescription !== "string") {
        const err_d495cef0 = { instancePath: instancePath + "/TreatmentDescription", schemaPath: "#/properties/TreatmentDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d495cef0];
        } else {
          vErrors.push(err_d495cef0);
        }
        errors++;
      }
    }
    if (data.TreatmentName !== void 0) {
      if (typeof data.TreatmentName !== "string") {
        const err_b30c6c5f = { instancePath: instancePath + "/TreatmentName", schemaPath: "#/properties/TreatmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b30c6c5f];
        } else {
          vErrors.push(err_b30c6c5f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_TreatmentResource.errors = vErrors;
  return errors === 0;
}
validate_schemas_TreatmentResource.evaluated = { "props": { "Id": true, "MessageConfiguration": true, "Schedule": true, "SizePercent": true, "State": true, "TreatmentDescription": true, "TreatmentName": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_CampaignHook(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_CampaignHook.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.LambdaFunctionName !== void 0) {
      if (typeof data.LambdaFunctionName !== "string") {
        const err_7b21f00e = { instancePath: instancePath + "/LambdaFunctionName", schemaPath: "#/properties/LambdaFunctionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7b21f00e];
        } else {
          vErrors.push(err_7b21f00e);
        }
        errors++;
      }
    }
    if (data.Mode !== void 0) {
      if (typeof data.Mode !== "string") {
        const err_134f55a6 = { instancePath: instancePath + "/Mode", schemaPath: "#/properties/Mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_134f55a6];
        } else {
          vErrors.push(err_134f55a6);
        }
        errors++;
      }
    }
    if (data.WebUrl !== void 0) {
      if (typeof data.WebUrl !== "string") {
        const err_3b423b88 = { instancePath: instancePath + "/WebUrl", schemaPath: "#/properties/WebUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3b423b88];
        } else {
          vErrors.push(err_3b423b88);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_CampaignHook.errors = vErrors;
  return errors === 0;
}
validate_schemas_CampaignHook.evaluated = { "props": { "LambdaFunctionName": true, "Mode": true, "WebUrl": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_CampaignLimits(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_CampaignLimits.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Daily !== void 0) {
      let data_Daily = data.Daily;
      if (!(typeof data_Daily == "number" && (!(data_Daily % 1) && !isNaN(data_Daily)) && isFinite(data_Daily))) {
        const err_dbc0cf23 = { instancePath: instancePath + "/Daily", schemaPath: "#/properties/Daily/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_dbc0cf23];
        } else {
          vErrors.push(err_dbc0cf23);
        }
        errors++;
      }
    }
    if (data.MaximumDuration !== void 0) {
      let data_MaximumDuration = data.MaximumDuration;
      if (!(typeof data_MaximumDuration == "number" && (!(data_MaximumDuration % 1) && !isNaN(data_MaximumDuration)) && isFinite(data_MaximumDuration))) {
        const err_05678e09 = { instancePath: instancePath + "/MaximumDuration", schemaPath: "#/properties/MaximumDuration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_05678e09];
        } else {
          vErrors.push(err_05678e09);
        }
        errors++;
      }
    }
    if (data.MessagesPerSecond !== void 0) {
      let data_MessagesPerSecond = data.MessagesPerSecond;
      if (!(typeof data_MessagesPerSecond == "number" && (!(data_MessagesPerSecond % 1) && !isNaN(data_MessagesPerSecond)) && isFinite(data_MessagesPerSecond))) {
        const err_b62024a6 = { instancePath: instancePath + "/MessagesPerSecond", schemaPath: "#/properties/MessagesPerSecond/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_b62024a6];
        } else {
          vErrors.push(err_b62024a6);
        }
        errors++;
      }
    }
    if (data.Total !== void 0) {
      let data_Total = data.Total;
      if (!(typeof data_Total == "number" && (!(data_Total % 1) && !isNaN(data_Total)) && isFinite(data_Total))) {
        const err_61e90c54 = { instancePath: instancePath + "/Total", schemaPath: "#/properties/Total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_61e90c54];
        } else {
          vErrors.push(err_61e90c54);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_CampaignLimits.errors = vErrors;
  return errors === 0;
}
validate_schemas_CampaignLimits.evaluated = { "props": { "Daily": true, "MaximumDuration": true, "MessagesPerSecond": true, "Total": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_CampaignResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_CampaignResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AdditionalTreatments !== void 0) {
      let data_AdditionalTreatments = data.AdditionalTreatments;
      if (Array.isArray(data_AdditionalTreatments)) {
        const len0 = data_AdditionalTreatments.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_TreatmentResource(data_AdditionalTreatments[i0], { instancePath: instancePath + "/AdditionalTreatments/" + i0, parentData: data_AdditionalTreatments, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_TreatmentResource.errors : vErrors.concat(validate_schemas_TreatmentResource.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_e0728729 = { instancePath: instancePath + "/AdditionalTreatments", schemaPath: "#/properties/AdditionalTreatments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_e0728729];
        } else {
          vErrors.push(err_e0728729);
        }
        errors++;
      }
    }
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      let data_CreationDate = data.CreationDate;
      if (typeof data_CreationDate === "string") {
        if (!format_date$2d$time.validate(data_CreationDate)) {
          const err_227eec99 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_227eec99];
          } else {
            vErrors.push(err_227eec99);
          }
          errors++;
        }
      } else {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.DefaultState !== void 0) {
      if (!validate_schemas_CampaignState(data.DefaultState, { instancePath: instancePath + "/DefaultState", parentData: data, parentDataProperty: "DefaultState", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignState.errors : vErrors.concat(validate_schemas_CampaignState.errors);
        errors = vErrors.length;
      }
    }
    if (data.Description !== void 0) {
      if (typeof data.Description !== "string") {
        const err_46e832c6 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_46e832c6];
        } else {
          vErrors.push(err_46e832c6);
        }
        errors++;
      }
    }
    if (data.HoldoutPercent !== void 0) {
      let data_HoldoutPercent = data.HoldoutPercent;
      if (!(typeof data_HoldoutPercent == "number" && (!(data_HoldoutPercent % 1) && !isNaN(data_HoldoutPercent)) && isFinite(data_HoldoutPercent))) {
        const err_31758559 = { instancePath: instancePath + "/HoldoutPercent", schemaPath: "#/properties/HoldoutPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_31758559];
        } else {
          vErrors.push(err_31758559);
        }
        errors++;
      }
    }
    if (data.Hook !== void 0) {
      if (!validate_schemas_CampaignHook(data.Hook, { instancePath: instancePath + "/Hook", parentData: data, parentDataProperty: "Hook", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignHook.errors : vErrors.concat(validate_schemas_CampaignHook.errors);
        errors = vErrors.length;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.IsPaused !== void 0) {
      if (typeof data.IsPaused !== "boolean") {
        const err_65140831 = { instancePath: instancePath + "/IsPaused", schemaPath: "#/properties/IsPaused/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_65140831];
        } else {
          vErrors.push(err_65140831);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      let data_LastModifiedDate = data.LastModifiedDate;
      if (typeof data_LastModifiedDate === "string") {
        if (!format_date$2d$time.validate(data_LastModifiedDate)) {
          const err_14c68a6b = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_14c68a6b];
          } else {
            vErrors.push(err_14c68a6b);
          }
          errors++;
        }
      } else {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Limits !== void 0) {
      if (!validate_schemas_CampaignLimits(data.Limits, { instancePath: instancePath + "/Limits", parentData: data, parentDataProperty: "Limits", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignLimits.errors : vErrors.concat(validate_schemas_CampaignLimits.errors);
        errors = vErrors.length;
      }
    }
    if (data.MessageConfiguration !== void 0) {
      if (!validate_schemas_MessageConfiguration(data.MessageConfiguration, { instancePath: instancePath + "/MessageConfiguration", parentData: data, parentDataProperty: "MessageConfiguration", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_MessageConfiguration.errors : vErrors.concat(validate_schemas_MessageConfiguration.errors);
        errors = vErrors.length;
      }
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err_ab1258dd = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ab1258dd];
        } else {
          vErrors.push(err_ab1258dd);
        }
        errors++;
      }
    }
    if (data.Schedule !== void 0) {
      if (!validate_schemas_Schedule(data.Schedule, { instancePath: instancePath + "/Schedule", parentData: data, parentDataProperty: "Schedule", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Schedule.errors : vErrors.concat(validate_schemas_Schedule.errors);
        errors = vErrors.length;
      }
    }
    if (data.SegmentId !== void 0) {
      if (typeof data.SegmentId !== "string") {
        const err_892a384b = { instancePath: instancePath + "/SegmentId", schemaPath: "#/properties/SegmentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_892a384b];
        } else {
          vErrors.push(err_892a384b);
        }
        errors++;
      }
    }
    if (data.SegmentVersion !== void 0) {
      let data_SegmentVersion = data.SegmentVersion;
      if (!(typeof data_SegmentVersion == "number" && (!(data_SegmentVersion % 1) && !isNaN(data_SegmentVersion)) && isFinite(data_SegmentVersion))) {
        const err_1c9855a5 = { instancePath: instancePath + "/SegmentVersion", schemaPath: "#/properties/SegmentVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_1c9855a5];
        } else {
          vErrors.push(err_1c9855a5);
        }
        errors++;
      }
    }
    if (data.State !== void 0) {
      if (!validate_schemas_CampaignState(data.State, { instancePath: instancePath + "/State", parentData: data, parentDataProperty: "State", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignState.errors : vErrors.concat(validate_schemas_CampaignState.errors);
        errors = vErrors.length;
      }
    }
    if (data.TreatmentDescription !== void 0) {
      if (typeof data.TreatmentDescription !== "string") {
        const err_d495cef0 = { instancePath: instancePath + "/TreatmentDescription", schemaPath: "#/properties/TreatmentDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d495cef0];
        } else {
          vErrors.push(err_d495cef0);
        }
        errors++;
      }
    }
    if (data.TreatmentName !== void 0) {
      if (typeof data.TreatmentName !== "string") {
        const err_b30c6c5f = { instancePath: instancePath + "/TreatmentName", schemaPath: "#/properties/TreatmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b30c6c5f];
        } else {
          vErrors.push(err_b30c6c5f);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_CampaignResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_CampaignResponse.evaluated = { "props": { "AdditionalTreatments": true, "ApplicationId": true, "CreationDate": true, "DefaultState": true, "Description": true, "HoldoutPercent": true, "Hook": true, "Id": true, "IsPaused": true, "LastModifiedDate": true, "Limits": true, "MessageConfiguration": true, "Name": true, "Schedule": true, "SegmentId": true, "SegmentVersion": true, "State": true, "TreatmentDescription": true, "TreatmentName": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_CampaignsResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_CampaignsResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Item !== void 0) {
      let data_Item = data.Item;
      if (Array.isArray(data_Item)) {
        const len0 = data_Item.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_CampaignResponse(data_Item[i0], { instancePath: instancePath + "/Item/" + i0, parentData: data_Item, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_CampaignResponse.errors : vErrors.concat(validate_schemas_CampaignResponse.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_396bd49f = { instancePath: instancePath + "/Item", schemaPath: "#/properties/Item/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_396bd49f];
        } else {
          vErrors.push(err_396bd49f);
        }
        errors++;
      }
    }
    if (data.NextToken !== void 0) {
      if (typeof data.NextToken !== "string") {
        const err_254606cf = { instancePath: instancePath + "/NextToken", schemaPath: "#/properties/NextToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_254606cf];
        } else {
          vErrors.push(err_254606cf);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_CampaignsResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_CampaignsResponse.evaluated = { "props": { "Item": true, "NextToken": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_WriteTreatmentResource(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_WriteTreatmentResource.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.MessageConfiguration !== void 0) {
      if (!validate_schemas_MessageConfiguration(data.MessageConfiguration, { instancePath: instancePath + "/MessageConfiguration", parentData: data, parentDataProperty: "MessageConfiguration", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_MessageConfiguration.errors : vErrors.concat(validate_schemas_MessageConfiguration.errors);
        errors = vErrors.length;
      }
    }
    if (data.Schedule !== void 0) {
      if (!validate_schemas_Schedule(data.Schedule, { instancePath: instancePath + "/Schedule", parentData: data, parentDataProperty: "Schedule", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Schedule.errors : vErrors.concat(validate_schemas_Schedule.errors);
        errors = vErrors.length;
      }
    }
    if (data.SizePercent !== void 0) {
      let data_SizePercent = data.SizePercent;
      if (!(typeof data_SizePercent == "number" && (!(data_SizePercent % 1) && !isNaN(data_SizePercent)) && isFinite(data_SizePercent))) {
        const err_511e714e = { instancePath: instancePath + "/SizePercent", schemaPath: "#/properties/SizePercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_511e714e];
        } else {
          vErrors.push(err_511e714e);
        }
        errors++;
      }
    }
    if (data.TreatmentDescription !== void 0) {
      if (typeof data.TreatmentDescription !== "string") {
        const err_d495cef0 = { instancePath: instancePath + "/TreatmentDescription", schemaPath: "#/properties/TreatmentDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d495cef0];
        } else {
          vErrors.push(err_d495cef0);
        }
        errors++;
      }
    }
    if (data.TreatmentName !== void 0) {
      if (typeof data.TreatmentName !== "string") {
        const err_b30c6c5f = { instancePath: instancePath + "/TreatmentName", schemaPath: "#/properties/TreatmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b30c6c5f];
        } else {
          vErrors.push(err_b30c6c5f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_WriteTreatmentResource.errors = vErrors;
  return errors === 0;
}
validate_schemas_WriteTreatmentResource.evaluated = { "props": { "MessageConfiguration": true, "Schedule": true, "SizePercent": true, "TreatmentDescription": true, "TreatmentName": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_WriteCampaignRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_WriteCampaignRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AdditionalTreatments !== void 0) {
      let data_AdditionalTreatments = data.AdditionalTreatments;
      if (Array.isArray(data_AdditionalTreatments)) {
        const len0 = data_AdditionalTreatments.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_WriteTreatmentResource(data_AdditionalTreatments[i0], { instancePath: instancePath + "/AdditionalTreatments/" + i0, parentData: data_AdditionalTreatments, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_WriteTreatmentResource.errors : vErrors.concat(validate_schemas_WriteTreatmentResource.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_e0728729 = { instancePath: instancePath + "/AdditionalTreatments", schemaPath: "#/properties/AdditionalTreatments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_e0728729];
        } else {
          vErrors.push(err_e0728729);
        }
        errors++;
      }
    }
    if (data.Description !== void 0) {
      if (typeof data.Description !== "string") {
        const err_46e832c6 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_46e832c6];
        } else {
          vErrors.push(err_46e832c6);
        }
        errors++;
      }
    }
    if (data.HoldoutPercent !== void 0) {
      let data_HoldoutPercent = data.HoldoutPercent;
      if (!(typeof data_HoldoutPercent == "number" && (!(data_HoldoutPercent % 1) && !isNaN(data_HoldoutPercent)) && isFinite(data_HoldoutPercent))) {
        const err_31758559 = { instancePath: instancePath + "/HoldoutPercent", schemaPath: "#/properties/HoldoutPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_31758559];
        } else {
          vErrors.push(err_31758559);
        }
        errors++;
      }
    }
    if (data.Hook !== void 0) {
      if (!validate_schemas_CampaignHook(data.Hook, { instancePath: instancePath + "/Hook", parentData: data, parentDataProperty: "Hook", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignHook.errors : vErrors.concat(validate_schemas_CampaignHook.errors);
        errors = vErrors.length;
      }
    }
    if (data.IsPaused !== void 0) {
      if (typeof data.IsPaused !== "boolean") {
        const err_65140831 = { instancePath: instancePath + "/IsPaused", schemaPath: "#/properties/IsPaused/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_65140831];
        } else {
          vErrors.push(err_65140831);
        }
        errors++;
      }
    }
    if (data.Limits !== void 0) {
      if (!validate_schemas_CampaignLimits(data.Limits, { instancePath: instancePath + "/Limits", parentData: data, parentDataProperty: "Limits", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignLimits.errors : vErrors.concat(validate_schemas_CampaignLimits.errors);
        errors = vErrors.length;
      }
    }
    if (data.MessageConfiguration !== void 0) {
      if (!validate_schemas_MessageConfiguration(data.MessageConfiguration, { instancePath: instancePath + "/MessageConfiguration", parentData: data, parentDataProperty: "MessageConfiguration", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_MessageConfiguration.errors : vErrors.concat(validate_schemas_MessageConfiguration.errors);
        errors = vErrors.length;
      }
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err_ab1258dd = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ab1258dd];
        } else {
          vErrors.push(err_ab1258dd);
        }
        errors++;
      }
    }
    if (data.Schedule !== void 0) {
      if (!validate_schemas_Schedule(data.Schedule, { instancePath: instancePath + "/Schedule", parentData: data, parentDataProperty: "Schedule", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Schedule.errors : vErrors.concat(validate_schemas_Schedule.errors);
        errors = vErrors.length;
      }
    }
    if (data.SegmentId !== void 0) {
      if (typeof data.SegmentId !== "string") {
        const err_892a384b = { instancePath: instancePath + "/SegmentId", schemaPath: "#/properties/SegmentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_892a384b];
        } else {
          vErrors.push(err_892a384b);
        }
        errors++;
      }
    }
    if (data.SegmentVersion !== void 0) {
      let data_SegmentVersion = data.SegmentVersion;
      if (!(typeof data_SegmentVersion == "number" && (!(data_SegmentVersion % 1) && !isNaN(data_SegmentVersion)) && isFinite(data_SegmentVersion))) {
        const err_1c9855a5 = { instancePath: instancePath + "/SegmentVersion", schemaPath: "#/properties/SegmentVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_1c9855a5];
        } else {
          vErrors.push(err_1c9855a5);
        }
        errors++;
      }
    }
    if (data.TreatmentDescription !== void 0) {
      if (typeof data.TreatmentDescription !== "string") {
        const err_d495cef0 = { instancePath: instancePath + "/TreatmentDescription", schemaPath: "#/properties/TreatmentDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d495cef0];
        } else {
          vErrors.push(err_d495cef0);
        }
        errors++;
      }
    }
    if (data.TreatmentName !== void 0) {
      if (typeof data.TreatmentName !== "string") {
        const err_b30c6c5f = { instancePath: instancePath + "/TreatmentName", schemaPath: "#/properties/TreatmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b30c6c5f];
        } else {
          vErrors.push(err_b30c6c5f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_WriteCampaignRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_WriteCampaignRequest.evaluated = { "props": { "AdditionalTreatments": true, "Description": true, "HoldoutPercent": true, "Hook": true, "IsPaused": true, "Limits": true, "MessageConfiguration": true, "Name": true, "Schedule": true, "SegmentId": true, "SegmentVersion": true, "TreatmentDescription": true, "TreatmentName": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_ActivityResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CampaignId": {
      "type": "string"
    },
    "End": {
      "type": "string",
      "format": "date-time"
    },
    "Id": {
      "type": "string"
    },
    "Result": {
      "type": "string",
      "enum": [
        "SUCCESS",
        "FAIL"
      ]
    },
    "ScheduledStart": {
      "type": "string",
      "format": "date-time"
    },
    "Start": {
      "type": "string",
      "format": "date-time"
    },
    "State": {
      "type": "string",
      "enum": [
        "PENDING",
        "INITIALIZING",
        "RUNNING",
        "PAUSED",
        "CANCELLED",
        "COMPLETED"
      ]
    },
    "SuccessfulEndpointCount": {
      "type": "integer"
    },
    "TimezonesCompletedCount": {
      "type": "integer"
    },
    "TimezonesTotalCount": {
      "type": "integer"
    },
    "TotalEndpointCount": {
      "type": "integer"
    },
    "TreatmentId": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/ActivityResponse"
};
function validate_schemas_ActivityResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ActivityResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CampaignId !== void 0) {
      if (typeof data.CampaignId !== "string") {
        const err_0e88e2ab = { instancePath: instancePath + "/CampaignId", schemaPath: "#/properties/CampaignId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0e88e2ab];
        } else {
          vErrors.push(err_0e88e2ab);
        }
        errors++;
      }
    }
    if (data.End !== void 0) {
      let data_End = data.End;
      if (typeof data_End === "string") {
        if (!format_date$2d$time.validate(data_End)) {
          const err_40eb2418 = { instancePath: instancePath + "/End", schemaPath: "#/properties/End/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_40eb2418];
          } else {
            vErrors.push(err_40eb2418);
          }
          errors++;
        }
      } else {
        const err_616e4066 = { instancePath: instancePath + "/End", schemaPath: "#/properties/End/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_616e4066];
        } else {
          vErrors.push(err_616e4066);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.Result !== void 0) {
      let data_Result = data.Result;
      if (typeof data_Result !== "string") {
        const err_3556ca50 = { instancePath: instancePath + "/Result", schemaPath: "#/properties/Result/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3556ca50];
        } else {
          vErrors.push(err_3556ca50);
        }
        errors++;
      }
      if (!(data_Result === "SUCCESS" || data_Result === "FAIL")) {
        const err_7314e06a = { instancePath: instancePath + "/Result", schemaPath: "#/properties/Result/enum", keyword: "enum", params: { allowedValues: schema_schemas_ActivityResponse.properties.Result.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_7314e06a];
        } else {
          vErrors.push(err_7314e06a);
        }
        errors++;
      }
    }
    if (data.ScheduledStart !== void 0) {
      let data_ScheduledStart = data.ScheduledStart;
      if (typeof data_ScheduledStart === "string") {
        if (!format_date$2d$time.validate(data_ScheduledStart)) {
          const err_bc2dde11 = { instancePath: instancePath + "/ScheduledStart", schemaPath: "#/properties/ScheduledStart/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_bc2dde11];
          } else {
            vErrors.push(err_bc2dde11);
          }
          errors++;
        }
      } else {
        const err_737056d6 = { instancePath: instancePath + "/ScheduledStart", schemaPath: "#/properties/ScheduledStart/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_737056d6];
        } else {
          vErrors.push(err_737056d6);
        }
        errors++;
      }
    }
    if (data.Start !== void 0) {
      let data_Start = data.Start;
      if (typeof data_Start === "string") {
        if (!format_date$2d$time.validate(data_Start)) {
          const err_94563f18 = { instancePath: instancePath + "/Start", schemaPath: "#/properties/Start/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_94563f18];
          } else {
            vErrors.push(err_94563f18);
          }
          errors++;
        }
      } else {
        const err_72e881f6 = { instancePath: instancePath + "/Start", schemaPath: "#/properties/Start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_72e881f6];
        } else {
          vErrors.push(err_72e881f6);
        }
        errors++;
      }
    }
    if (data.State !== void 0) {
      let data_State = data.State;
      if (typeof data_State !== "string") {
        const err_e5ea7f42 = { instancePath: instancePath + "/State", schemaPath: "#/properties/State/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_e5ea7f42];
        } else {
          vErrors.push(err_e5ea7f42);
        }
        errors++;
      }
      if (!(data_State === "PENDING" || data_State === "INITIALIZING" || data_State === "RUNNING" || data_State === "PAUSED" || data_State === "CANCELLED" || data_State === "COMPLETED")) {
        const err_7599eade = { instancePath: instancePath + "/State", schemaPath: "#/properties/State/enum", keyword: "enum", params: { allowedValues: schema_schemas_ActivityResponse.properties.State.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_7599eade];
        } else {
          vErrors.push(err_7599eade);
        }
        errors++;
      }
    }
    if (data.SuccessfulEndpointCount !== void 0) {
      let data_SuccessfulEndpointCount = data.SuccessfulEndpointCount;
      if (!(typeof data_SuccessfulEndpointCount == "number" && (!(data_SuccessfulEndpointCount % 1) && !isNaN(data_SuccessfulEndpointCount)) && isFinite(data_SuccessfulEndpointCount))) {
        const err_06501618 = { instancePath: instancePath + "/SuccessfulEndpointCount", schemaPath: "#/properties/SuccessfulEndpointCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_06501618];
        } else {
          vErrors.push(err_06501618);
        }
        errors++;
      }
    }
    if (data.TimezonesCompletedCount !== void 0) {
      let data_TimezonesCompletedCount = data.TimezonesCompletedCount;
      if (!(typeof data_TimezonesCompletedCount == "number" && (!(data_TimezonesCompletedCount % 1) && !isNaN(data_TimezonesCompletedCount)) && isFinite(data_TimezonesCompletedCount))) {
        const err_ed1222e2 = { instancePath: instancePath + "/TimezonesCompletedCount", schemaPath: "#/properties/TimezonesCompletedCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_ed1222e2];
        } else {
          vErrors.push(err_ed1222e2);
        }
        errors++;
      }
    }
    if (data.TimezonesTotalCount !== void 0) {
      let data_TimezonesTotalCount = data.TimezonesTotalCount;
      if (!(typeof data_TimezonesTotalCount == "number" && (!(data_TimezonesTotalCount % 1) && !isNaN(data_TimezonesTotalCount)) && isFinite(data_TimezonesTotalCount))) {
        const err_13830c13 = { instancePath: instancePath + "/TimezonesTotalCount", schemaPath: "#/properties/TimezonesTotalCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_13830c13];
        } else {
          vErrors.push(err_13830c13);
        }
        errors++;
      }
    }
    if (data.TotalEndpointCount !== void 0) {
      let data_TotalEndpointCount = data.TotalEndpointCount;
      if (!(typeof data_TotalEndpointCount == "number" && (!(data_TotalEndpointCount % 1) && !isNaN(data_TotalEndpointCount)) && isFinite(data_TotalEndpointCount))) {
        const err_a2078c50 = { instancePath: instancePath + "/TotalEndpointCount", schemaPath: "#/properties/TotalEndpointCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_a2078c50];
        } else {
          vErrors.push(err_a2078c50);
        }
        errors++;
      }
    }
    if (data.TreatmentId !== void 0) {
      if (typeof data.TreatmentId !== "string") {
        const err_20a4c12d = { instancePath: instancePath + "/TreatmentId", schemaPath: "#/properties/TreatmentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_20a4c12d];
        } else {
          vErrors.push(err_20a4c12d);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ActivityResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ActivityResponse.evaluated = { "props": { "ApplicationId": true, "CampaignId": true, "End": true, "Id": true, "Result": true, "ScheduledStart": true, "Start": true, "State": true, "SuccessfulEndpointCount": true, "TimezonesCompletedCount": true, "TimezonesTotalCount": true, "TotalEndpointCount": true, "TreatmentId": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_ActivitiesResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ActivitiesResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Item !== void 0) {
      let data_Item = data.Item;
      if (Array.isArray(data_Item)) {
        const len0 = data_Item.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_ActivityResponse(data_Item[i0], { instancePath: instancePath + "/Item/" + i0, parentData: data_Item, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_ActivityResponse.errors : vErrors.concat(validate_schemas_ActivityResponse.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_396bd49f = { instancePath: instancePath + "/Item", schemaPath: "#/properties/Item/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_396bd49f];
        } else {
          vErrors.push(err_396bd49f);
        }
        errors++;
      }
    }
    if (data.NextToken !== void 0) {
      if (typeof data.NextToken !== "string") {
        const err_254606cf = { instancePath: instancePath + "/NextToken", schemaPath: "#/properties/NextToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_254606cf];
        } else {
          vErrors.push(err_254606cf);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ActivitiesResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ActivitiesResponse.evaluated = { "props": { "Item": true, "NextToken": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_ADMChannelResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string"
    },
    "Enabled": {
      "type": "boolean"
    },
    "HasCredential": {
      "type": "boolean"
    },
    "Id": {
      "type": "string"
    },
    "IsArchived": {
      "type": "boolean"
    },
    "LastModifiedBy": {
      "type": "string"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "Platform": {
      "type": "string",
      "enum": [
        "ADM"
      ]
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/ADMChannelResponse"
};
function validate_schemas_ADMChannelResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ADMChannelResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      if (typeof data.CreationDate !== "string") {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.HasCredential !== void 0) {
      if (typeof data.HasCredential !== "boolean") {
        const err_fbd070d5 = { instancePath: instancePath + "/HasCredential", schemaPath: "#/properties/HasCredential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_fbd070d5];
        } else {
          vErrors.push(err_fbd070d5);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.IsArchived !== void 0) {
      if (typeof data.IsArchived !== "boolean") {
        const err_6cb67f7e = { instancePath: instancePath + "/IsArchived", schemaPath: "#/properties/IsArchived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_6cb67f7e];
        } else {
          vErrors.push(err_6cb67f7e);
        }
        errors++;
      }
    }
    if (data.LastModifiedBy !== void 0) {
      if (typeof data.LastModifiedBy !== "string") {
        const err_6adebb5a = { instancePath: instancePath + "/LastModifiedBy", schemaPath: "#/properties/LastModifiedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6adebb5a];
        } else {
          vErrors.push(err_6adebb5a);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      let data_Platform = data.Platform;
      if (typeof data_Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
      if (!(data_Platform === "ADM")) {
        const err_77b602a4 = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/enum", keyword: "enum", params: { allowedValues: schema_schemas_ADMChannelResponse.properties.Platform.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_77b602a4];
        } else {
          vErrors.push(err_77b602a4);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ADMChannelResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ADMChannelResponse.evaluated = { "props": { "ApplicationId": true, "CreationDate": true, "Enabled": true, "HasCredential": true, "Id": true, "IsArchived": true, "LastModifiedBy": true, "LastModifiedDate": true, "Platform": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_ADMChannelRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ADMChannelRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ClientId !== void 0) {
      if (typeof data.ClientId !== "string") {
        const err_28ae51d5 = { instancePath: instancePath + "/ClientId", schemaPath: "#/properties/ClientId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_28ae51d5];
        } else {
          vErrors.push(err_28ae51d5);
        }
        errors++;
      }
    }
    if (data.ClientSecret !== void 0) {
      if (typeof data.ClientSecret !== "string") {
        const err_42a0b8af = { instancePath: instancePath + "/ClientSecret", schemaPath: "#/properties/ClientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_42a0b8af];
        } else {
          vErrors.push(err_42a0b8af);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ADMChannelRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_ADMChannelRequest.evaluated = { "props": { "ClientId": true, "ClientSecret": true, "Enabled": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_APNSChannelResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string"
    },
    "DefaultAuthenticationMethod": {
      "type": "string"
    },
    "Enabled": {
      "type": "boolean"
    },
    "HasCredential": {
      "type": "boolean"
    },
    "HasTokenKey": {
      "type": "boolean"
    },
    "Id": {
      "type": "string"
    },
    "IsArchived": {
      "type": "boolean"
    },
    "LastModifiedBy": {
      "type": "string"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "Platform": {
      "type": "string",
      "enum": [
        "APNS"
      ]
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/APNSChannelResponse"
};
function validate_schemas_APNSChannelResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_APNSChannelResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      if (typeof data.CreationDate !== "string") {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.DefaultAuthenticationMethod !== void 0) {
      if (typeof data.DefaultAuthenticationMethod !== "string") {
        const err_fb8943d2 = { instancePath: instancePath + "/DefaultAuthenticationMethod", schemaPath: "#/properties/DefaultAuthenticationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_fb8943d2];
        } else {
          vErrors.push(err_fb8943d2);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.HasCredential !== void 0) {
      if (typeof data.HasCredential !== "boolean") {
        const err_fbd070d5 = { instancePath: instancePath + "/HasCredential", schemaPath: "#/properties/HasCredential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_fbd070d5];
        } else {
          vErrors.push(err_fbd070d5);
        }
        errors++;
      }
    }
    if (data.HasTokenKey !== void 0) {
      if (typeof data.HasTokenKey !== "boolean") {
        const err_2b2b6fd4 = { instancePath: instancePath + "/HasTokenKey", schemaPath: "#/properties/HasTokenKey/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2b2b6fd4];
        } else {
          vErrors.push(err_2b2b6fd4);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.IsArchived !== void 0) {
      if (typeof data.IsArchived !== "boolean") {
        const err_6cb67f7e = { instancePath: instancePath + "/IsArchived", schemaPath: "#/properties/IsArchived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_6cb67f7e];
        } else {
          vErrors.push(err_6cb67f7e);
        }
        errors++;
      }
    }
    if (data.LastModifiedBy !== void 0) {
      if (typeof data.LastModifiedBy !== "string") {
        const err_6adebb5a = { instancePath: instancePath + "/LastModifiedBy", schemaPath: "#/properties/LastModifiedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6adebb5a];
        } else {
          vErrors.push(err_6adebb5a);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      let data_Platform = data.Platform;
      if (typeof data_Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
      if (!(data_Platform === "APNS")) {
        const err_436d76e1 = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/enum", keyword: "enum", params: { allowedValues: schema_schemas_APNSChannelResponse.properties.Platform.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_436d76e1];
        } else {
          vErrors.push(err_436d76e1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_APNSChannelResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_APNSChannelResponse.evaluated = { "props": { "ApplicationId": true, "CreationDate": true, "DefaultAuthenticationMethod": true, "Enabled": true, "HasCredential": true, "HasTokenKey": true, "Id": true, "IsArchived": true, "LastModifiedBy": true, "LastModifiedDate": true, "Platform": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_APNSChannelRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_APNSChannelRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.BundleId !== void 0) {
      if (typeof data.BundleId !== "string") {
        const err_bde9f0c3 = { instancePath: instancePath + "/BundleId", schemaPath: "#/properties/BundleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_bde9f0c3];
        } else {
          vErrors.push(err_bde9f0c3);
        }
        errors++;
      }
    }
    if (data.Certificate !== void 0) {
      if (typeof data.Certificate !== "string") {
        const err_8fcf153d = { instancePath: instancePath + "/Certificate", schemaPath: "#/properties/Certificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8fcf153d];
        } else {
          vErrors.push(err_8fcf153d);
        }
        errors++;
      }
    }
    if (data.DefaultAuthenticationMethod !== void 0) {
      if (typeof data.DefaultAuthenticationMethod !== "string") {
        const err_fb8943d2 = { instancePath: instancePath + "/DefaultAuthenticationMethod", schemaPath: "#/properties/DefaultAuthenticationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_fb8943d2];
        } else {
          vErrors.push(err_fb8943d2);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.PrivateKey !== void 0) {
      if (typeof data.PrivateKey !== "string") {
        const err_135cd2b5 = { instancePath: instancePath + "/PrivateKey", schemaPath: "#/properties/PrivateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_135cd2b5];
        } else {
          vErrors.push(err_135cd2b5);
        }
        errors++;
      }
    }
    if (data.TeamId !== void 0) {
      if (typeof data.TeamId !== "string") {
        const err_faaf7df1 = { instancePath: instancePath + "/TeamId", schemaPath: "#/properties/TeamId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_faaf7df1];
        } else {
          vErrors.push(err_faaf7df1);
        }
        errors++;
      }
    }
    if (data.TokenKey !== void 0) {
      if (typeof data.TokenKey !== "string") {
        const err_777c775b = { instancePath: instancePath + "/TokenKey", schemaPath: "#/properties/TokenKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_777c775b];
        } else {
          vErrors.push(err_777c775b);
        }
        errors++;
      }
    }
    if (data.TokenKeyId !== void 0) {
      if (typeof data.TokenKeyId !== "string") {
        const err_568dd998 = { instancePath: instancePath + "/TokenKeyId", schemaPath: "#/properties/TokenKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_568dd998];
        } else {
          vErrors.push(err_568dd998);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_APNSChannelRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_APNSChannelRequest.evaluated = { "props": { "BundleId": true, "Certificate": true, "DefaultAuthenticationMethod": true, "Enabled": true, "PrivateKey": true, "TeamId": true, "TokenKey": true, "TokenKeyId": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_APNSSandboxChannelResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string"
    },
    "DefaultAuthenticationMethod": {
      "type": "string"
    },
    "Enabled": {
      "type": "boolean"
    },
    "HasCredential": {
      "type": "boolean"
    },
    "HasTokenKey": {
      "type": "boolean"
    },
    "Id": {
      "type": "string"
    },
    "IsArchived": {
      "type": "boolean"
    },
    "LastModifiedBy": {
      "type": "string"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "Platform": {
      "type": "string",
      "enum": [
        "APNS_SANDBOX"
      ]
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/APNSSandboxChannelResponse"
};
function validate_schemas_APNSSandboxChannelResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_APNSSandboxChannelResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      if (typeof data.CreationDate !== "string") {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.DefaultAuthenticationMethod !== void 0) {
      if (typeof data.DefaultAuthenticationMethod !== "string") {
        const err_fb8943d2 = { instancePath: instancePath + "/DefaultAuthenticationMethod", schemaPath: "#/properties/DefaultAuthenticationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_fb8943d2];
        } else {
          vErrors.push(err_fb8943d2);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.HasCredential !== void 0) {
      if (typeof data.HasCredential !== "boolean") {
        const err_fbd070d5 = { instancePath: instancePath + "/HasCredential", schemaPath: "#/properties/HasCredential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_fbd070d5];
        } else {
          vErrors.push(err_fbd070d5);
        }
        errors++;
      }
    }
    if (data.HasTokenKey !== void 0) {
      if (typeof data.HasTokenKey !== "boolean") {
        const err_2b2b6fd4 = { instancePath: instancePath + "/HasTokenKey", schemaPath: "#/properties/HasTokenKey/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2b2b6fd4];
        } else {
          vErrors.push(err_2b2b6fd4);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.IsArchived !== void 0) {
      if (typeof data.IsArchived !== "boolean") {
        const err_6cb67f7e = { instancePath: instancePath + "/IsArchived", schemaPath: "#/properties/IsArchived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_6cb67f7e];
        } else {
          vErrors.push(err_6cb67f7e);
        }
        errors++;
      }
    }
    if (data.LastModifiedBy !== void 0) {
      if (typeof data.LastModifiedBy !== "string") {
        const err_6adebb5a = { instancePath: instancePath + "/LastModifiedBy", schemaPath: "#/properties/LastModifiedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6adebb5a];
        } else {
          vErrors.push(err_6adebb5a);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      let data_Platform = data.Platform;
      if (typeof data_Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
      if (!(data_Platform === "APNS_SANDBOX")) {
        const err_618b4b8c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/enum", keyword: "enum", params: { allowedValues: schema_schemas_APNSSandboxChannelResponse.properties.Platform.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_618b4b8c];
        } else {
          vErrors.push(err_618b4b8c);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_APNSSandboxChannelResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_APNSSandboxChannelResponse.evaluated = { "props": { "ApplicationId": true, "CreationDate": true, "DefaultAuthenticationMethod": true, "Enabled": true, "HasCredential": true, "HasTokenKey": true, "Id": true, "IsArchived": true, "LastModifiedBy": true, "LastModifiedDate": true, "Platform": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_APNSSandboxChannelRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_APNSSandboxChannelRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.BundleId !== void 0) {
      if (typeof data.BundleId !== "string") {
        const err_bde9f0c3 = { instancePath: instancePath + "/BundleId", schemaPath: "#/properties/BundleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_bde9f0c3];
        } else {
          vErrors.push(err_bde9f0c3);
        }
        errors++;
      }
    }
    if (data.Certificate !== void 0) {
      if (typeof data.Certificate !== "string") {
        const err_8fcf153d = { instancePath: instancePath + "/Certificate", schemaPath: "#/properties/Certificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8fcf153d];
        } else {
          vErrors.push(err_8fcf153d);
        }
        errors++;
      }
    }
    if (data.DefaultAuthenticationMethod !== void 0) {
      if (typeof data.DefaultAuthenticationMethod !== "string") {
        const err_fb8943d2 = { instancePath: instancePath + "/DefaultAuthenticationMethod", schemaPath: "#/properties/DefaultAuthenticationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_fb8943d2];
        } else {
          vErrors.push(err_fb8943d2);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.PrivateKey !== void 0) {
      if (typeof data.PrivateKey !== "string") {
        const err_135cd2b5 = { instancePath: instancePath + "/PrivateKey", schemaPath: "#/properties/PrivateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_135cd2b5];
        } else {
          vErrors.push(err_135cd2b5);
        }
        errors++;
      }
    }
    if (data.TeamId !== void 0) {
      if (typeof data.TeamId !== "string") {
        const err_faaf7df1 = { instancePath: instancePath + "/TeamId", schemaPath: "#/properties/TeamId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_faaf7df1];
        } else {
          vErrors.push(err_faaf7df1);
        }
        errors++;
      }
    }
    if (data.TokenKey !== void 0) {
      if (typeof data.TokenKey !== "string") {
        const err_777c775b = { instancePath: instancePath + "/TokenKey", schemaPath: "#/properties/TokenKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_777c775b];
        } else {
          vErrors.push(err_777c775b);
        }
        errors++;
      }
    }
    if (data.TokenKeyId !== void 0) {
      if (typeof data.TokenKeyId !== "string") {
        const err_568dd998 = { instancePath: instancePath + "/TokenKeyId", schemaPath: "#/properties/TokenKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_568dd998];
        } else {
          vErrors.push(err_568dd998);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_APNSSandboxChannelRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_APNSSandboxChannelRequest.evaluated = { "props": { "BundleId": true, "Certificate": true, "DefaultAuthenticationMethod": true, "Enabled": true, "PrivateKey": true, "TeamId": true, "TokenKey": true, "TokenKeyId": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_APNSVoipChannelResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string"
    },
    "DefaultAuthenticationMethod": {
      "type": "string"
    },
    "Enabled": {
      "type": "boolean"
    },
    "HasCredential": {
      "type": "boolean"
    },
    "HasTokenKey": {
      "type": "boolean"
    },
    "Id": {
      "type": "string"
    },
    "IsArchived": {
      "type": "boolean"
    },
    "LastModifiedBy": {
      "type": "string"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "Platform": {
      "type": "string",
      "enum": [
        "APNS_VOIP"
      ]
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/APNSVoipChannelResponse"
};
function validate_schemas_APNSVoipChannelResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_APNSVoipChannelResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      if (typeof data.CreationDate !== "string") {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.DefaultAuthenticationMethod !== void 0) {
      if (typeof data.DefaultAuthenticationMethod !== "string") {
        const err_fb8943d2 = { instancePath: instancePath + "/DefaultAuthenticationMethod", schemaPath: "#/properties/DefaultAuthenticationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_fb8943d2];
        } else {
          vErrors.push(err_fb8943d2);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.HasCredential !== void 0) {
      if (typeof data.HasCredential !== "boolean") {
        const err_fbd070d5 = { instancePath: instancePath + "/HasCredential", schemaPath: "#/properties/HasCredential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_fbd070d5];
        } else {
          vErrors.push(err_fbd070d5);
        }
        errors++;
      }
    }
    if (data.HasTokenKey !== void 0) {
      if (typeof data.HasTokenKey !== "boolean") {
        const err_2b2b6fd4 = { instancePath: instancePath + "/HasTokenKey", schemaPath: "#/properties/HasTokenKey/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2b2b6fd4];
        } else {
          vErrors.push(err_2b2b6fd4);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.IsArchived !== void 0) {
      if (typeof data.IsArchived !== "boolean") {
        const err_6cb67f7e = { instancePath: instancePath + "/IsArchived", schemaPath: "#/properties/IsArchived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_6cb67f7e];
        } else {
          vErrors.push(err_6cb67f7e);
        }
        errors++;
      }
    }
    if (data.LastModifiedBy !== void 0) {
      if (typeof data.LastModifiedBy !== "string") {
        const err_6adebb5a = { instancePath: instancePath + "/LastModifiedBy", schemaPath: "#/properties/LastModifiedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6adebb5a];
        } else {
          vErrors.push(err_6adebb5a);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      let data_Platform = data.Platform;
      if (typeof data_Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
      if (!(data_Platform === "APNS_VOIP")) {
        const err_fa3264fc = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/enum", keyword: "enum", params: { allowedValues: schema_schemas_APNSVoipChannelResponse.properties.Platform.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_fa3264fc];
        } else {
          vErrors.push(err_fa3264fc);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_APNSVoipChannelResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_APNSVoipChannelResponse.evaluated = { "props": { "ApplicationId": true, "CreationDate": true, "DefaultAuthenticationMethod": true, "Enabled": true, "HasCredential": true, "HasTokenKey": true, "Id": true, "IsArchived": true, "LastModifiedBy": true, "LastModifiedDate": true, "Platform": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_APNSVoipChannelRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_APNSVoipChannelRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.BundleId !== void 0) {
      if (typeof data.BundleId !== "string") {
        const err_bde9f0c3 = { instancePath: instancePath + "/BundleId", schemaPath: "#/properties/BundleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_bde9f0c3];
        } else {
          vErrors.push(err_bde9f0c3);
        }
        errors++;
      }
    }
    if (data.Certificate !== void 0) {
      if (typeof data.Certificate !== "string") {
        const err_8fcf153d = { instancePath: instancePath + "/Certificate", schemaPath: "#/properties/Certificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8fcf153d];
        } else {
          vErrors.push(err_8fcf153d);
        }
        errors++;
      }
    }
    if (data.DefaultAuthenticationMethod !== void 0) {
      if (typeof data.DefaultAuthenticationMethod !== "string") {
        const err_fb8943d2 = { instancePath: instancePath + "/DefaultAuthenticationMethod", schemaPath: "#/properties/DefaultAuthenticationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_fb8943d2];
        } else {
          vErrors.push(err_fb8943d2);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.PrivateKey !== void 0) {
      if (typeof data.PrivateKey !== "string") {
        const err_135cd2b5 = { instancePath: instancePath + "/PrivateKey", schemaPath: "#/properties/PrivateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_135cd2b5];
        } else {
          vErrors.push(err_135cd2b5);
        }
        errors++;
      }
    }
    if (data.TeamId !== void 0) {
      if (typeof data.TeamId !== "string") {
        const err_faaf7df1 = { instancePath: instancePath + "/TeamId", schemaPath: "#/properties/TeamId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_faaf7df1];
        } else {
          vErrors.push(err_faaf7df1);
        }
        errors++;
      }
    }
    if (data.TokenKey !== void 0) {
      if (typeof data.TokenKey !== "string") {
        const err_777c775b = { instancePath: instancePath + "/TokenKey", schemaPath: "#/properties/TokenKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_777c775b];
        } else {
          vErrors.push(err_777c775b);
        }
        errors++;
      }
    }
    if (data.TokenKeyId !== void 0) {
      if (typeof data.TokenKeyId !== "string") {
        const err_568dd998 = { instancePath: instancePath + "/TokenKeyId", schemaPath: "#/properties/TokenKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_568dd998];
        } else {
          vErrors.push(err_568dd998);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_APNSVoipChannelRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_APNSVoipChannelRequest.evaluated = { "props": { "BundleId": true, "Certificate": true, "DefaultAuthenticationMethod": true, "Enabled": true, "PrivateKey": true, "TeamId": true, "TokenKey": true, "TokenKeyId": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_APNSVoipSandboxChannelResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string"
    },
    "DefaultAuthenticationMethod": {
      "type": "string"
    },
    "Enabled": {
      "type": "boolean"
    },
    "HasCredential": {
      "type": "boolean"
    },
    "HasTokenKey": {
      "type": "boolean"
    },
    "Id": {
      "type": "string"
    },
    "IsArchived": {
      "type": "boolean"
    },
    "LastModifiedBy": {
      "type": "string"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "Platform": {
      "type": "string",
      "enum": [
        "APNS_VOIP_SANDBOX"
      ]
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/APNSVoipSandboxChannelResponse"
};
function validate_schemas_APNSVoipSandboxChannelResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_APNSVoipSandboxChannelResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      if (typeof data.CreationDate !== "string") {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.DefaultAuthenticationMethod !== void 0) {
      if (typeof data.DefaultAuthenticationMethod !== "string") {
        const err_fb8943d2 = { instancePath: instancePath + "/DefaultAuthenticationMethod", schemaPath: "#/properties/DefaultAuthenticationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_fb8943d2];
        } else {
          vErrors.push(err_fb8943d2);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.HasCredential !== void 0) {
      if (typeof data.HasCredential !== "boolean") {
        const err_fbd070d5 = { instancePath: instancePath + "/HasCredential", schemaPath: "#/properties/HasCredential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_fbd070d5];
        } else {
          vErrors.push(err_fbd070d5);
        }
        errors++;
      }
    }
    if (data.HasTokenKey !== void 0) {
      if (typeof data.HasTokenKey !== "boolean") {
        const err_2b2b6fd4 = { instancePath: instancePath + "/HasTokenKey", schemaPath: "#/properties/HasTokenKey/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2b2b6fd4];
        } else {
          vErrors.push(err_2b2b6fd4);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.IsArchived !== void 0) {
      if (typeof data.IsArchived !== "boolean") {
        const err_6cb67f7e = { instancePath: instancePath + "/IsArchived", schemaPath: "#/properties/IsArchived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_6cb67f7e];
        } else {
          vErrors.push(err_6cb67f7e);
        }
        errors++;
      }
    }
    if (data.LastModifiedBy !== void 0) {
      if (typeof data.LastModifiedBy !== "string") {
        const err_6adebb5a = { instancePath: instancePath + "/LastModifiedBy", schemaPath: "#/properties/LastModifiedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6adebb5a];
        } else {
          vErrors.push(err_6adebb5a);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      let data_Platform = data.Platform;
      if (typeof data_Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
      if (!(data_Platform === "APNS_VOIP_SANDBOX")) {
        const err_7d2a9793 = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/enum", keyword: "enum", params: { allowedValues: schema_schemas_APNSVoipSandboxChannelResponse.properties.Platform.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_7d2a9793];
        } else {
          vErrors.push(err_7d2a9793);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_APNSVoipSandboxChannelResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_APNSVoipSandboxChannelResponse.evaluated = { "props": { "ApplicationId": true, "CreationDate": true, "DefaultAuthenticationMethod": true, "Enabled": true, "HasCredential": true, "HasTokenKey": true, "Id": true, "IsArchived": true, "LastModifiedBy": true, "LastModifiedDate": true, "Platform": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_APNSVoipSandboxChannelRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_APNSVoipSandboxChannelRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.BundleId !== void 0) {
      if (typeof data.BundleId !== "string") {
        const err_bde9f0c3 = { instancePath: instancePath + "/BundleId", schemaPath: "#/properties/BundleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_bde9f0c3];
        } else {
          vErrors.push(err_bde9f0c3);
        }
        errors++;
      }
    }
    if (data.Certificate !== void 0) {
      if (typeof data.Certificate !== "string") {
        const err_8fcf153d = { instancePath: instancePath + "/Certificate", schemaPath: "#/properties/Certificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8fcf153d];
        } else {
          vErrors.push(err_8fcf153d);
        }
        errors++;
      }
    }
    if (data.DefaultAuthenticationMethod !== void 0) {
      if (typeof data.DefaultAuthenticationMethod !== "string") {
        const err_fb8943d2 = { instancePath: instancePath + "/DefaultAuthenticationMethod", schemaPath: "#/properties/DefaultAuthenticationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_fb8943d2];
        } else {
          vErrors.push(err_fb8943d2);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.PrivateKey !== void 0) {
      if (typeof data.PrivateKey !== "string") {
        const err_135cd2b5 = { instancePath: instancePath + "/PrivateKey", schemaPath: "#/properties/PrivateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_135cd2b5];
        } else {
          vErrors.push(err_135cd2b5);
        }
        errors++;
      }
    }
    if (data.TeamId !== void 0) {
      if (typeof data.TeamId !== "string") {
        const err_faaf7df1 = { instancePath: instancePath + "/TeamId", schemaPath: "#/properties/TeamId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_faaf7df1];
        } else {
          vErrors.push(err_faaf7df1);
        }
        errors++;
      }
    }
    if (data.TokenKey !== void 0) {
      if (typeof data.TokenKey !== "string") {
        const err_777c775b = { instancePath: instancePath + "/TokenKey", schemaPath: "#/properties/TokenKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_777c775b];
        } else {
          vErrors.push(err_777c775b);
        }
        errors++;
      }
    }
    if (data.TokenKeyId !== void 0) {
      if (typeof data.TokenKeyId !== "string") {
        const err_568dd998 = { instancePath: instancePath + "/TokenKeyId", schemaPath: "#/properties/TokenKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_568dd998];
        } else {
          vErrors.push(err_568dd998);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_APNSVoipSandboxChannelRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_APNSVoipSandboxChannelRequest.evaluated = { "props": { "BundleId": true, "Certificate": true, "DefaultAuthenticationMethod": true, "Enabled": true, "PrivateKey": true, "TeamId": true, "TokenKey": true, "TokenKeyId": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_BaiduChannelResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string"
    },
    "Credential": {
      "type": "string"
    },
    "Enabled": {
      "type": "boolean"
    },
    "HasCredential": {
      "type": "boolean"
    },
    "Id": {
      "type": "string"
    },
    "IsArchived": {
      "type": "boolean"
    },
    "LastModifiedBy": {
      "type": "string"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "Platform": {
      "type": "string",
      "enum": [
        "BAIDU"
      ]
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/BaiduChannelResponse"
};
function validate_schemas_BaiduChannelResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_BaiduChannelResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      if (typeof data.CreationDate !== "string") {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.Credential !== void 0) {
      if (typeof data.Credential !== "string") {
        const err_4defd679 = { instancePath: instancePath + "/Credential", schemaPath: "#/properties/Credential/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_4defd679];
        } else {
          vErrors.push(err_4defd679);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.HasCredential !== void 0) {
      if (typeof data.HasCredential !== "boolean") {
        const err_fbd070d5 = { instancePath: instancePath + "/HasCredential", schemaPath: "#/properties/HasCredential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_fbd070d5];
        } else {
          vErrors.push(err_fbd070d5);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.IsArchived !== void 0) {
      if (typeof data.IsArchived !== "boolean") {
        const err_6cb67f7e = { instancePath: instancePath + "/IsArchived", schemaPath: "#/properties/IsArchived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_6cb67f7e];
        } else {
          vErrors.push(err_6cb67f7e);
        }
        errors++;
      }
    }
    if (data.LastModifiedBy !== void 0) {
      if (typeof data.LastModifiedBy !== "string") {
        const err_6adebb5a = { instancePath: instancePath + "/LastModifiedBy", schemaPath: "#/properties/LastModifiedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6adebb5a];
        } else {
          vErrors.push(err_6adebb5a);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      let data_Platform = data.Platform;
      if (typeof data_Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
      if (!(data_Platform === "BAIDU")) {
        const err_22dc2454 = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/enum", keyword: "enum", params: { allowedValues: schema_schemas_BaiduChannelResponse.properties.Platform.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_22dc2454];
        } else {
          vErrors.push(err_22dc2454);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_BaiduChannelResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_BaiduChannelResponse.evaluated = { "props": { "ApplicationId": true, "CreationDate": true, "Credential": true, "Enabled": true, "HasCredential": true, "Id": true, "IsArchived": true, "LastModifiedBy": true, "LastModifiedDate": true, "Platform": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_BaiduChannelRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_BaiduChannelRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApiKey !== void 0) {
      if (typeof data.ApiKey !== "string") {
        const err_a84022fb = { instancePath: instancePath + "/ApiKey", schemaPath: "#/properties/ApiKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_a84022fb];
        } else {
          vErrors.push(err_a84022fb);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.SecretKey !== void 0) {
      if (typeof data.SecretKey !== "string") {
        const err_87b5f164 = { instancePath: instancePath + "/SecretKey", schemaPath: "#/properties/SecretKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_87b5f164];
        } else {
          vErrors.push(err_87b5f164);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_BaiduChannelRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_BaiduChannelRequest.evaluated = { "props": { "ApiKey": true, "Enabled": true, "SecretKey": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_EmailChannelResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "ConfigurationSet": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string",
      "format": "date-time"
    },
    "Enabled": {
      "type": "boolean"
    },
    "FromAddress": {
      "type": "string"
    },
    "HasCredential": {
      "type": "boolean"
    },
    "Id": {
      "type": "string"
    },
    "Identity": {
      "type": "string"
    },
    "IsArchived": {
      "type": "boolean"
    },
    "LastModifiedBy": {
      "type": "string"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "MessagesPerSecond": {
      "type": "integer"
    },
    "Platform": {
      "type": "string",
      "enum": [
        "EMAIL"
      ]
    },
    "RoleArn": {
      "type": "string"
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/EmailChannelResponse"
};
function validate_schemas_EmailChannelResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EmailChannelResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.ConfigurationSet !== void 0) {
      if (typeof data.ConfigurationSet !== "string") {
        const err_5d1144d2 = { instancePath: instancePath + "/ConfigurationSet", schemaPath: "#/properties/ConfigurationSet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5d1144d2];
        } else {
          vErrors.push(err_5d1144d2);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      let data_CreationDate = data.CreationDate;
      if (typeof data_CreationDate === "string") {
        if (!format_date$2d$time.validate(data_CreationDate)) {
          const err_227eec99 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_227eec99];
          } else {
            vErrors.push(err_227eec99);
          }
          errors++;
        }
      } else {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.FromAddress !== void 0) {
      if (typeof data.FromAddress !== "string") {
        const err_72090783 = { instancePath: instancePath + "/FromAddress", schemaPath: "#/properties/FromAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_72090783];
        } else {
          vErrors.push(err_72090783);
        }
        errors++;
      }
    }
    if (data.HasCredential !== void 0) {
      if (typeof data.HasCredential !== "boolean") {
        const err_fbd070d5 = { instancePath: instancePath + "/HasCredential", schemaPath: "#/properties/HasCredential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_fbd070d5];
        } else {
          vErrors.push(err_fbd070d5);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.Identity !== void 0) {
      if (typeof data.Identity !== "string") {
        const err_ae68e3cb = { instancePath: instancePath + "/Identity", schemaPath: "#/properties/Identity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ae68e3cb];
        } else {
          vErrors.push(err_ae68e3cb);
        }
        errors++;
      }
    }
    if (data.IsArchived !== void 0) {
      if (typeof data.IsArchived !== "boolean") {
        const err_6cb67f7e = { instancePath: instancePath + "/IsArchived", schemaPath: "#/properties/IsArchived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_6cb67f7e];
        } else {
          vErrors.push(err_6cb67f7e);
        }
        errors++;
      }
    }
    if (data.LastModifiedBy !== void 0) {
      if (typeof data.LastModifiedBy !== "string") {
        const err_6adebb5a = { instancePath: instancePath + "/LastModifiedBy", schemaPath: "#/properties/LastModifiedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6adebb5a];
        } else {
          vErrors.push(err_6adebb5a);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.MessagesPerSecond !== void 0) {
      let data_MessagesPerSecond = data.MessagesPerSecond;
      if (!(typeof data_MessagesPerSecond == "number" && (!(data_MessagesPerSecond % 1) && !isNaN(data_MessagesPerSecond)) && isFinite(data_MessagesPerSecond))) {
        const err_b62024a6 = { instancePath: instancePath + "/MessagesPerSecond", schemaPath: "#/properties/MessagesPerSecond/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_b62024a6];
        } else {
          vErrors.push(err_b62024a6);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      let data_Platform = data.Platform;
      if (typeof data_Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
      if (!(data_Platform === "EMAIL")) {
        const err_8c8ee0e1 = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/enum", keyword: "enum", params: { allowedValues: schema_schemas_EmailChannelResponse.properties.Platform.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_8c8ee0e1];
        } else {
          vErrors.push(err_8c8ee0e1);
        }
        errors++;
      }
    }
    if (data.RoleArn !== void 0) {
      if (typeof data.RoleArn !== "string") {
        const err_21834f4f = { instancePath: instancePath + "/RoleArn", schemaPath: "#/properties/RoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_21834f4f];
        } else {
          vErrors.push(err_21834f4f);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EmailChannelResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_EmailChannelResponse.evaluated = { "props": { "ApplicationId": true, "ConfigurationSet": true, "CreationDate": true, "Enabled": true, "FromAddress": true, "HasCredential": true, "Id": true, "Identity": true, "IsArchived": true, "LastModifiedBy": true, "LastModifiedDate": true, "MessagesPerSecond": true, "Platform": true, "RoleArn": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EmailChannelRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EmailChannelRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ConfigurationSet !== void 0) {
      if (typeof data.ConfigurationSet !== "string") {
        const err_5d1144d2 = { instancePath: instancePath + "/ConfigurationSet", schemaPath: "#/properties/ConfigurationSet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5d1144d2];
        } else {
          vErrors.push(err_5d1144d2);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.FromAddress !== void 0) {
      if (typeof data.FromAddress !== "string") {
        const err_72090783 = { instancePath: instancePath + "/FromAddress", schemaPath: "#/properties/FromAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_72090783];
        } else {
          vErrors.push(err_72090783);
        }
        errors++;
      }
    }
    if (data.Identity !== void 0) {
      if (typeof data.Identity !== "string") {
        const err_ae68e3cb = { instancePath: instancePath + "/Identity", schemaPath: "#/properties/Identity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ae68e3cb];
        } else {
          vErrors.push(err_ae68e3cb);
        }
        errors++;
      }
    }
    if (data.RoleArn !== void 0) {
      if (typeof data.RoleArn !== "string") {
        const err_21834f4f = { instancePath: instancePath + "/RoleArn", schemaPath: "#/properties/RoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_21834f4f];
        } else {
          vErrors.push(err_21834f4f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EmailChannelRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_EmailChannelRequest.evaluated = { "props": { "ConfigurationSet": true, "Enabled": true, "FromAddress": true, "Identity": true, "RoleArn": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_GCMChannelResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string"
    },
    "Credential": {
      "type": "string"
    },
    "Enabled": {
      "type": "boolean"
    },
    "HasCredential": {
      "type": "boolean"
    },
    "Id": {
      "type": "string"
    },
    "IsArchived": {
      "type": "boolean"
    },
    "LastModifiedBy": {
      "type": "string"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "Platform": {
      "type": "string",
      "enum": [
        "GCM"
      ]
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/GCMChannelResponse"
};
function validate_schemas_GCMChannelResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_GCMChannelResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      if (typeof data.CreationDate !== "string") {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.Credential !== void 0) {
      if (typeof data.Credential !== "string") {
        const err_4defd679 = { instancePath: instancePath + "/Credential", schemaPath: "#/properties/Credential/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_4defd679];
        } else {
          vErrors.push(err_4defd679);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.HasCredential !== void 0) {
      if (typeof data.HasCredential !== "boolean") {
        const err_fbd070d5 = { instancePath: instancePath + "/HasCredential", schemaPath: "#/properties/HasCredential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_fbd070d5];
        } else {
          vErrors.push(err_fbd070d5);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.IsArchived !== void 0) {
      if (typeof data.IsArchived !== "boolean") {
        const err_6cb67f7e = { instancePath: instancePath + "/IsArchived", schemaPath: "#/properties/IsArchived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_6cb67f7e];
        } else {
          vErrors.push(err_6cb67f7e);
        }
        errors++;
      }
    }
    if (data.LastModifiedBy !== void 0) {
      if (typeof data.LastModifiedBy !== "string") {
        const err_6adebb5a = { instancePath: instancePath + "/LastModifiedBy", schemaPath: "#/properties/LastModifiedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6adebb5a];
        } else {
          vErrors.push(err_6adebb5a);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      let data_Platform = data.Platform;
      if (typeof data_Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
      if (!(data_Platform === "GCM")) {
        const err_729f46ec = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/enum", keyword: "enum", params: { allowedValues: schema_schemas_GCMChannelResponse.properties.Platform.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_729f46ec];
        } else {
          vErrors.push(err_729f46ec);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_GCMChannelResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_GCMChannelResponse.evaluated = { "props": { "ApplicationId": true, "CreationDate": true, "Credential": true, "Enabled": true, "HasCredential": true, "Id": true, "IsArchived": true, "LastModifiedBy": true, "LastModifiedDate": true, "Platform": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_GCMChannelRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_GCMChannelRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApiKey !== void 0) {
      if (typeof data.ApiKey !== "string") {
        const err_a84022fb = { instancePath: instancePath + "/ApiKey", schemaPath: "#/properties/ApiKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_a84022fb];
        } else {
          vErrors.push(err_a84022fb);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_GCMChannelRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_GCMChannelRequest.evaluated = { "props": { "ApiKey": true, "Enabled": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_SMSChannelResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string",
      "format": "date-time"
    },
    "Enabled": {
      "type": "boolean"
    },
    "HasCredential": {
      "type": "boolean"
    },
    "Id": {
      "type": "string"
    },
    "IsArchived": {
      "type": "boolean"
    },
    "LastModifiedBy": {
      "type": "string"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "Platform": {
      "type": "string",
      "enum": [
        "SMS"
      ]
    },
    "PromotionalMessagesPerSecond": {
      "type": "integer"
    },
    "SenderId": {
      "type": "string"
    },
    "ShortCode": {
      "type": "string"
    },
    "TransactionalMessagesPerSecond": {
      "type": "integer"
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/SMSChannelResponse"
};
function validate_schemas_SMSChannelResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SMSChannelResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      let data_CreationDate = data.CreationDate;
      if (typeof data_CreationDate === "string") {
        if (!format_date$2d$time.validate(data_CreationDate)) {
          const err_227eec99 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_227eec99];
          } else {
            vErrors.push(err_227eec99);
          }
          errors++;
        }
      } else {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.HasCredential !== void 0) {
      if (typeof data.HasCredential !== "boolean") {
        const err_fbd070d5 = { instancePath: instancePath + "/HasCredential", schemaPath: "#/properties/HasCredential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_fbd070d5];
        } else {
          vErrors.push(err_fbd070d5);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.IsArchived !== void 0) {
      if (typeof data.IsArchived !== "boolean") {
        const err_6cb67f7e = { instancePath: instancePath + "/IsArchived", schemaPath: "#/properties/IsArchived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_6cb67f7e];
        } else {
          vErrors.push(err_6cb67f7e);
        }
        errors++;
      }
    }
    if (data.LastModifiedBy !== void 0) {
      if (typeof data.LastModifiedBy !== "string") {
        const err_6adebb5a = { instancePath: instancePath + "/LastModifiedBy", schemaPath: "#/properties/LastModifiedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6adebb5a];
        } else {
          vErrors.push(err_6adebb5a);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      let data_Platform = data.Platform;
      if (typeof data_Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
      if (!(data_Platform === "SMS")) {
        const err_14c9d562 = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/enum", keyword: "enum", params: { allowedValues: schema_schemas_SMSChannelResponse.properties.Platform.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_14c9d562];
        } else {
          vErrors.push(err_14c9d562);
        }
        errors++;
      }
    }
    if (data.PromotionalMessagesPerSecond !== void 0) {
      let data_PromotionalMessagesPerSecond = data.PromotionalMessagesPerSecond;
      if (!(typeof data_PromotionalMessagesPerSecond == "number" && (!(data_PromotionalMessagesPerSecond % 1) && !isNaN(data_PromotionalMessagesPerSecond)) && isFinite(data_PromotionalMessagesPerSecond))) {
        const err_4c497e26 = { instancePath: instancePath + "/PromotionalMessagesPerSecond", schemaPath: "#/properties/PromotionalMessagesPerSecond/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_4c497e26];
        } else {
          vErrors.push(err_4c497e26);
        }
        errors++;
      }
    }
    if (data.SenderId !== void 0) {
      if (typeof data.SenderId !== "string") {
        const err_b6895b26 = { instancePath: instancePath + "/SenderId", schemaPath: "#/properties/SenderId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b6895b26];
        } else {
          vErrors.push(err_b6895b26);
        }
        errors++;
      }
    }
    if (data.ShortCode !== void 0) {
      if (typeof data.ShortCode !== "string") {
        const err_0d05d568 = { instancePath: instancePath + "/ShortCode", schemaPath: "#/properties/ShortCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0d05d568];
        } else {
          vErrors.push(err_0d05d568);
        }
        errors++;
      }
    }
    if (data.TransactionalMessagesPerSecond !== void 0) {
      let data_TransactionalMessagesPerSecond = data.TransactionalMessagesPerSecond;
      if (!(typeof data_TransactionalMessagesPerSecond == "number" && (!(data_TransactionalMessagesPerSecond % 1) && !isNaN(data_TransactionalMessagesPerSecond)) && isFinite(data_TransactionalMessagesPerSecond))) {
        const err_b132a814 = { instancePath: instancePath + "/TransactionalMessagesPerSecond", schemaPath: "#/properties/TransactionalMessagesPerSecond/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_b132a814];
        } else {
          vErrors.push(err_b132a814);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SMSChannelResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_SMSChannelResponse.evaluated = { "props": { "ApplicationId": true, "CreationDate": true, "Enabled": true, "HasCredential": true, "Id": true, "IsArchived": true, "LastModifiedBy": true, "LastModifiedDate": true, "Platform": true, "PromotionalMessagesPerSecond": true, "SenderId": true, "ShortCode": true, "TransactionalMessagesPerSecond": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SMSChannelRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SMSChannelRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err_2069e1d9 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_2069e1d9];
        } else {
          vErrors.push(err_2069e1d9);
        }
        errors++;
      }
    }
    if (data.SenderId !== void 0) {
      if (typeof data.SenderId !== "string") {
        const err_b6895b26 = { instancePath: instancePath + "/SenderId", schemaPath: "#/properties/SenderId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b6895b26];
        } else {
          vErrors.push(err_b6895b26);
        }
        errors++;
      }
    }
    if (data.ShortCode !== void 0) {
      if (typeof data.ShortCode !== "string") {
        const err_0d05d568 = { instancePath: instancePath + "/ShortCode", schemaPath: "#/properties/ShortCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0d05d568];
        } else {
          vErrors.push(err_0d05d568);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SMSChannelRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_SMSChannelRequest.evaluated = { "props": { "Enabled": true, "SenderId": true, "ShortCode": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EndpointDemographic(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointDemographic.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Make !== void 0) {
      if (typeof data.Make !== "string") {
        const err_bebda2c2 = { instancePath: instancePath + "/Make", schemaPath: "#/properties/Make/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_bebda2c2];
        } else {
          vErrors.push(err_bebda2c2);
        }
        errors++;
      }
    }
    if (data.Model !== void 0) {
      if (typeof data.Model !== "string") {
        const err_c42159a5 = { instancePath: instancePath + "/Model", schemaPath: "#/properties/Model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c42159a5];
        } else {
          vErrors.push(err_c42159a5);
        }
        errors++;
      }
    }
    if (data.ModelVersion !== void 0) {
      if (typeof data.ModelVersion !== "string") {
        const err_d66ed301 = { instancePath: instancePath + "/ModelVersion", schemaPath: "#/properties/ModelVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d66ed301];
        } else {
          vErrors.push(err_d66ed301);
        }
        errors++;
      }
    }
    if (data.Timezone !== void 0) {
      if (typeof data.Timezone !== "string") {
        const err_78e504c2 = { instancePath: instancePath + "/Timezone", schemaPath: "#/properties/Timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_78e504c2];
        } else {
          vErrors.push(err_78e504c2);
        }
        errors++;
      }
    }
    if (data.Locale !== void 0) {
      if (typeof data.Locale !== "string") {
        const err_906f12ae = { instancePath: instancePath + "/Locale", schemaPath: "#/properties/Locale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_906f12ae];
        } else {
          vErrors.push(err_906f12ae);
        }
        errors++;
      }
    }
    if (data.AppVersion !== void 0) {
      if (typeof data.AppVersion !== "string") {
        const err_688c02dd = { instancePath: instancePath + "/AppVersion", schemaPath: "#/properties/AppVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_688c02dd];
        } else {
          vErrors.push(err_688c02dd);
        }
        errors++;
      }
    }
    if (data.Platform !== void 0) {
      if (typeof data.Platform !== "string") {
        const err_c1d4dc1c = { instancePath: instancePath + "/Platform", schemaPath: "#/properties/Platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1d4dc1c];
        } else {
          vErrors.push(err_c1d4dc1c);
        }
        errors++;
      }
    }
    if (data.PlatformVersion !== void 0) {
      if (typeof data.PlatformVersion !== "string") {
        const err_7c6ba20f = { instancePath: instancePath + "/PlatformVersion", schemaPath: "#/properties/PlatformVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7c6ba20f];
        } else {
          vErrors.push(err_7c6ba20f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointDemographic.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointDemographic.evaluated = { "props": { "Make": true, "Model": true, "ModelVersion": true, "Timezone": true, "Locale": true, "AppVersion": true, "Platform": true, "PlatformVersion": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EndpointLocation(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointLocation.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Latitude !== void 0) {
      let data_Latitude = data.Latitude;
      if (!(typeof data_Latitude == "number" && isFinite(data_Latitude))) {
        const err_df8d5dfc = { instancePath: instancePath + "/Latitude", schemaPath: "#/properties/Latitude/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err_df8d5dfc];
        } else {
          vErrors.push(err_df8d5dfc);
        }
        errors++;
      }
    }
    if (data.Longitude !== void 0) {
      let data_Longitude = data.Longitude;
      if (!(typeof data_Longitude == "number" && isFinite(data_Longitude))) {
        const err_40e870f4 = { instancePath: instancePath + "/Longitude", schemaPath: "#/properties/Longitude/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err_40e870f4];
        } else {
          vErrors.push(err_40e870f4);
        }
        errors++;
      }
    }
    if (data.PostalCode !== void 0) {
      if (typeof data.PostalCode !== "string") {
        const err_83b07925 = { instancePath: instancePath + "/PostalCode", schemaPath: "#/properties/PostalCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_83b07925];
        } else {
          vErrors.push(err_83b07925);
        }
        errors++;
      }
    }
    if (data.City !== void 0) {
      if (typeof data.City !== "string") {
        const err_8311f5dd = { instancePath: instancePath + "/City", schemaPath: "#/properties/City/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8311f5dd];
        } else {
          vErrors.push(err_8311f5dd);
        }
        errors++;
      }
    }
    if (data.Region !== void 0) {
      if (typeof data.Region !== "string") {
        const err_3268f759 = { instancePath: instancePath + "/Region", schemaPath: "#/properties/Region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3268f759];
        } else {
          vErrors.push(err_3268f759);
        }
        errors++;
      }
    }
    if (data.Country !== void 0) {
      if (typeof data.Country !== "string") {
        const err_37d719a5 = { instancePath: instancePath + "/Country", schemaPath: "#/properties/Country/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_37d719a5];
        } else {
          vErrors.push(err_37d719a5);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointLocation.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointLocation.evaluated = { "props": { "Latitude": true, "Longitude": true, "PostalCode": true, "City": true, "Region": true, "Country": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EndpointUser(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointUser.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.UserId !== void 0) {
      if (typeof data.UserId !== "string") {
        const err_75e356ed = { instancePath: instancePath + "/UserId", schemaPath: "#/properties/UserId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_75e356ed];
        } else {
          vErrors.push(err_75e356ed);
        }
        errors++;
      }
    }
    if (data.UserAttributes !== void 0) {
      let data_UserAttributes = data.UserAttributes;
      if (data_UserAttributes && typeof data_UserAttributes == "object" && !Array.isArray(data_UserAttributes)) {
        for (const key0 in data_UserAttributes) {
          let data_UserAttributes_value = data_UserAttributes[key0];
          if (Array.isArray(data_UserAttributes_value)) {
            const len0 = data_UserAttributes_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_UserAttributes_value[i0] !== "string") {
                const err_58cd644f = { instancePath: instancePath + "/UserAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/UserAttributes/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_58cd644f];
                } else {
                  vErrors.push(err_58cd644f);
                }
                errors++;
              }
            }
          } else {
            const err_0eb09e2c = { instancePath: instancePath + "/UserAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/UserAttributes/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_0eb09e2c];
            } else {
              vErrors.push(err_0eb09e2c);
            }
            errors++;
          }
        }
      } else {
        const err_9d3b950e = { instancePath: instancePath + "/UserAttributes", schemaPath: "#/properties/UserAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_9d3b950e];
        } else {
          vErrors.push(err_9d3b950e);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointUser.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointUser.evaluated = { "props": { "UserId": true, "UserAttributes": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_EndpointBatchItem = {
  "type": "object",
  "properties": {
    "Address": {
      "type": "string"
    },
    "Attributes": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "ChannelType": {
      "type": "string",
      "enum": [
        "GCM",
        "APNS",
        "APNS_SANDBOX",
        "APNS_VOIP",
        "APNS_VOIP_SANDBOX",
        "ADM",
        "SMS",
        "EMAIL",
        "BAIDU"
      ]
    },
    "Demographic": {
      "$ref": "https://openapi.invalid/schemas/EndpointDemographic"
    },
    "EffectiveDate": {
      "type": "string",
      "format": "date-time"
    },
    "EndpointStatus": {
      "type": "string"
    },
    "Id": {
      "type": "string"
    },
    "Location": {
      "$ref": "https://openapi.invalid/schemas/EndpointLocation"
    },
    "Metrics": {
      "type": "object",
      "additionalProperties": {
        "type": "number"
      }
    },
    "OptOut": {
      "type": "string",
      "enum": [
        "ALL",
        "NONE"
      ]
    },
    "RequestId": {
      "type": "string"
    },
    "User": {
      "$ref": "https://openapi.invalid/schemas/EndpointUser"
    }
  },
  "$id": "https://openapi.invalid/schemas/EndpointBatchItem"
};
function validate_schemas_EndpointBatchItem(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointBatchItem.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Address !== void 0) {
      if (typeof data.Address !== "string") {
        const err_23749f7d = { instancePath: instancePath + "/Address", schemaPath: "#/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_23749f7d];
        } else {
          vErrors.push(err_23749f7d);
        }
        errors++;
      }
    }
    if (data.Attributes !== void 0) {
      let data_Attributes = data.Attributes;
      if (data_Attributes && typeof data_Attributes == "object" && !Array.isArray(data_Attributes)) {
        for (const key0 in data_Attributes) {
          let data_Attributes_value = data_Attributes[key0];
          if (Array.isArray(data_Attributes_value)) {
            const len0 = data_Attributes_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Attributes_value[i0] !== "string") {
                const err_b0865d38 = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Attributes/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_b0865d38];
                } else {
                  vErrors.push(err_b0865d38);
                }
                errors++;
              }
            }
          } else {
            const err_afcffcdf = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Attributes/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_afcffcdf];
            } else {
              vErrors.push(err_afcffcdf);
            }
            errors++;
          }
        }
      } else {
        const err_ab10387f = { instancePath: instancePath + "/Attributes", schemaPath: "#/properties/Attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_ab10387f];
        } else {
          vErrors.push(err_ab10387f);
        }
        errors++;
      }
    }
    if (data.ChannelType !== void 0) {
      let data_ChannelType = data.ChannelType;
      if (typeof data_ChannelType !== "string") {
        const err_1fa85972 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1fa85972];
        } else {
          vErrors.push(err_1fa85972);
        }
        errors++;
      }
      if (!(data_ChannelType === "GCM" || data_ChannelType === "APNS" || data_ChannelType === "APNS_SANDBOX" || data_ChannelType === "APNS_VOIP" || data_ChannelType === "APNS_VOIP_SANDBOX" || data_ChannelType === "ADM" || data_ChannelType === "SMS" || data_ChannelType === "EMAIL" || data_ChannelType === "BAIDU")) {
        const err_ff360212 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/enum", keyword: "enum", params: { allowedValues: schema_schemas_EndpointBatchItem.properties.ChannelType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_ff360212];
        } else {
          vErrors.push(err_ff360212);
        }
        errors++;
      }
    }
    if (data.Demographic !== void 0) {
      if (!validate_schemas_EndpointDemographic(data.Demographic, { instancePath: instancePath + "/Demographic", parentData: data, parentDataProperty: "Demographic", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointDemographic.errors : vErrors.concat(validate_schemas_EndpointDemographic.errors);
        errors = vErrors.length;
      }
    }
    if (data.EffectiveDate !== void 0) {
      let data_EffectiveDate = data.EffectiveDate;
      if (typeof data_EffectiveDate === "string") {
        if (!format_date$2d$time.validate(data_EffectiveDate)) {
          const err_b6b0c15c = { instancePath: instancePath + "/EffectiveDate", schemaPath: "#/properties/EffectiveDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_b6b0c15c];
          } else {
            vErrors.push(err_b6b0c15c);
          }
          errors++;
        }
      } else {
        const err_ade0a7c8 = { instancePath: instancePath + "/EffectiveDate", schemaPath: "#/properties/EffectiveDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ade0a7c8];
        } else {
          vErrors.push(err_ade0a7c8);
        }
        errors++;
      }
    }
    if (data.EndpointStatus !== void 0) {
      if (typeof data.EndpointStatus !== "string") {
        const err_8445f97e = { instancePath: instancePath + "/EndpointStatus", schemaPath: "#/properties/EndpointStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8445f97e];
        } else {
          vErrors.push(err_8445f97e);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.Location !== void 0) {
      if (!validate_schemas_EndpointLocation(data.Location, { instancePath: instancePath + "/Location", parentData: data, parentDataProperty: "Location", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointLocation.errors : vErrors.concat(validate_schemas_EndpointLocation.errors);
        errors = vErrors.length;
      }
    }
    if (data.Metrics !== void 0) {
      let data_Metrics = data.Metrics;
      if (data_Metrics && typeof data_Metrics == "object" && !Array.isArray(data_Metrics)) {
        for (const key1 in data_Metrics) {
          let data_Metrics_value = data_Metrics[key1];
          if (!(typeof data_Metrics_value == "number" && isFinite(data_Metrics_value))) {
            const err_8fd1c9b9 = { instancePath: instancePath + "/Metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err_8fd1c9b9];
            } else {
              vErrors.push(err_8fd1c9b9);
            }
            errors++;
          }
        }
      } else {
        const err_4b1b7889 = { instancePath: instancePath + "/Metrics", schemaPath: "#/properties/Metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4b1b7889];
        } else {
          vErrors.push(err_4b1b7889);
        }
        errors++;
      }
    }
    if (data.OptOut !== void 0) {
      let data_OptOut = data.OptOut;
      if (typeof data_OptOut !== "string") {
        const err_350b8409 = { instancePath: instancePath + "/OptOut", schemaPath: "#/properties/OptOut/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_350b8409];
        } else {
          vErrors.push(err_350b8409);
        }
        errors++;
      }
      if (!(data_OptOut === "ALL" || data_OptOut === "NONE")) {
        const err_12df528e = { instancePath: instancePath + "/OptOut", schemaPath: "#/properties/OptOut/enum", keyword: "enum", params: { allowedValues: schema_schemas_EndpointBatchItem.properties.OptOut.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_12df528e];
        } else {
          vErrors.push(err_12df528e);
        }
        errors++;
      }
    }
    if (data.RequestId !== void 0) {
      if (typeof data.RequestId !== "string") {
        const err_04759d60 = { instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_04759d60];
        } else {
          vErrors.push(err_04759d60);
        }
        errors++;
      }
    }
    if (data.User !== void 0) {
      if (!validate_schemas_EndpointUser(data.User, { instancePath: instancePath + "/User", parentData: data, parentDataProperty: "User", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointUser.errors : vErrors.concat(validate_schemas_EndpointUser.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointBatchItem.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointBatchItem.evaluated = { "props": { "Address": true, "Attributes": true, "ChannelType": true, "Demographic": true, "EffectiveDate": true, "EndpointStatus": true, "Id": true, "Location": true, "Metrics": true, "OptOut": true, "RequestId": true, "User": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EndpointBatchRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointBatchRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Item !== void 0) {
      let data_Item = data.Item;
      if (Array.isArray(data_Item)) {
        const len0 = data_Item.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_EndpointBatchItem(data_Item[i0], { instancePath: instancePath + "/Item/" + i0, parentData: data_Item, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_EndpointBatchItem.errors : vErrors.concat(validate_schemas_EndpointBatchItem.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_396bd49f = { instancePath: instancePath + "/Item", schemaPath: "#/properties/Item/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_396bd49f];
        } else {
          vErrors.push(err_396bd49f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointBatchRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointBatchRequest.evaluated = { "props": { "Item": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_EndpointResponse = {
  "type": "object",
  "properties": {
    "ChannelType": {
      "type": "string",
      "enum": [
        "GCM",
        "APNS",
        "APNS_SANDBOX",
        "APNS_VOIP",
        "APNS_VOIP_SANDBOX",
        "ADM",
        "SMS",
        "VOICE",
        "EMAIL",
        "BAIDU",
        "CUSTOM"
      ]
    },
    "Address": {
      "type": "string"
    },
    "EndpointStatus": {
      "type": "string",
      "enum": [
        "ACTIVE",
        "INACTIVE"
      ]
    },
    "OptOut": {
      "type": "string",
      "enum": [
        "ALL",
        "NONE"
      ]
    },
    "RequestId": {
      "type": "string"
    },
    "Location": {
      "$ref": "https://openapi.invalid/schemas/EndpointLocation"
    },
    "Demographic": {
      "$ref": "https://openapi.invalid/schemas/EndpointDemographic"
    },
    "EffectiveDate": {
      "type": "string",
      "format": "date-time"
    },
    "Attributes": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "Metrics": {
      "type": "object",
      "additionalProperties": {
        "type": "number"
      }
    },
    "User": {
      "$ref": "https://openapi.invalid/schemas/EndpointUser"
    },
    "ApplicationId": {
      "type": "string"
    },
    "Id": {
      "type": "string"
    },
    "CohortId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string",
      "format": "date-time"
    }
  },
  "$id": "https://openapi.invalid/schemas/EndpointResponse"
};
function validate_schemas_EndpointResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ChannelType !== void 0) {
      let data_ChannelType = data.ChannelType;
      if (typeof data_ChannelType !== "string") {
        const err_1fa85972 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1fa85972];
        } else {
          vErrors.push(err_1fa85972);
        }
        errors++;
      }
      if (!(data_ChannelType === "GCM" || data_ChannelType === "APNS" || data_ChannelType === "APNS_SANDBOX" || data_ChannelType === "APNS_VOIP" || data_ChannelType === "APNS_VOIP_SANDBOX" || data_ChannelType === "ADM" || data_ChannelType === "SMS" || data_ChannelType === "VOICE" || data_ChannelType === "EMAIL" || data_ChannelType === "BAIDU" || data_ChannelType === "CUSTOM")) {
        const err_01c81e49 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/enum", keyword: "enum", params: { allowedValues: schema_schemas_EndpointResponse.properties.ChannelType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_01c81e49];
        } else {
          vErrors.push(err_01c81e49);
        }
        errors++;
      }
    }
    if (data.Address !== void 0) {
      if (typeof data.Address !== "string") {
        const err_23749f7d = { instancePath: instancePath + "/Address", schemaPath: "#/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_23749f7d];
        } else {
          vErrors.push(err_23749f7d);
        }
        errors++;
      }
    }
    if (data.EndpointStatus !== void 0) {
      let data_EndpointStatus = data.EndpointStatus;
      if (typeof data_EndpointStatus !== "string") {
        const err_8445f97e = { instancePath: instancePath + "/EndpointStatus", schemaPath: "#/properties/EndpointStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8445f97e];
        } else {
          vErrors.push(err_8445f97e);
        }
        errors++;
      }
      if (!(data_EndpointStatus === "ACTIVE" || data_EndpointStatus === "INACTIVE")) {
        const err_9081c7b2 = { instancePath: instancePath + "/EndpointStatus", schemaPath: "#/properties/EndpointStatus/enum", keyword: "enum", params: { allowedValues: schema_schemas_EndpointResponse.properties.EndpointStatus.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_9081c7b2];
        } else {
          vErrors.push(err_9081c7b2);
        }
        errors++;
      }
    }
    if (data.OptOut !== void 0) {
      let data_OptOut = data.OptOut;
      if (typeof data_OptOut !== "string") {
        const err_350b8409 = { instancePath: instancePath + "/OptOut", schemaPath: "#/properties/OptOut/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_350b8409];
        } else {
          vErrors.push(err_350b8409);
        }
        errors++;
      }
      if (!(data_OptOut === "ALL" || data_OptOut === "NONE")) {
        const err_5d3bf4a7 = { instancePath: instancePath + "/OptOut", schemaPath: "#/properties/OptOut/enum", keyword: "enum", params: { allowedValues: schema_schemas_EndpointResponse.properties.OptOut.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_5d3bf4a7];
        } else {
          vErrors.push(err_5d3bf4a7);
        }
        errors++;
      }
    }
    if (data.RequestId !== void 0) {
      if (typeof data.RequestId !== "string") {
        const err_04759d60 = { instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_04759d60];
        } else {
          vErrors.push(err_04759d60);
        }
        errors++;
      }
    }
    if (data.Location !== void 0) {
      if (!validate_schemas_EndpointLocation(data.Location, { instancePath: instancePath + "/Location", parentData: data, parentDataProperty: "Location", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointLocation.errors : vErrors.concat(validate_schemas_EndpointLocation.errors);
        errors = vErrors.length;
      }
    }
    if (data.Demographic !== void 0) {
      if (!validate_schemas_EndpointDemographic(data.Demographic, { instancePath: instancePath + "/Demographic", parentData: data, parentDataProperty: "Demographic", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointDemographic.errors : vErrors.concat(validate_schemas_EndpointDemographic.errors);
        errors = vErrors.length;
      }
    }
    if (data.EffectiveDate !== void 0) {
      let data_EffectiveDate = data.EffectiveDate;
      if (typeof data_EffectiveDate === "string") {
        if (!format_date$2d$time.validate(data_EffectiveDate)) {
          const err_b6b0c15c = { instancePath: instancePath + "/EffectiveDate", schemaPath: "#/properties/EffectiveDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_b6b0c15c];
          } else {
            vErrors.push(err_b6b0c15c);
          }
          errors++;
        }
      } else {
        const err_ade0a7c8 = { instancePath: instancePath + "/EffectiveDate", schemaPath: "#/properties/EffectiveDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ade0a7c8];
        } else {
          vErrors.push(err_ade0a7c8);
        }
        errors++;
      }
    }
    if (data.Attributes !== void 0) {
      let data_Attributes = data.Attributes;
      if (data_Attributes && typeof data_Attributes == "object" && !Array.isArray(data_Attributes)) {
        for (const key0 in data_Attributes) {
          let data_Attributes_value = data_Attributes[key0];
          if (Array.isArray(data_Attributes_value)) {
            const len0 = data_Attributes_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Attributes_value[i0] !== "string") {
                const err_b0865d38 = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Attributes/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_b0865d38];
                } else {
                  vErrors.push(err_b0865d38);
                }
                errors++;
              }
            }
          } else {
            const err_afcffcdf = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Attributes/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_afcffcdf];
            } else {
              vErrors.push(err_afcffcdf);
            }
            errors++;
          }
        }
      } else {
        const err_ab10387f = { instancePath: instancePath + "/Attributes", schemaPath: "#/properties/Attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_ab10387f];
        } else {
          vErrors.push(err_ab10387f);
        }
        errors++;
      }
    }
    if (data.Metrics !== void 0) {
      let data_Metrics = data.Metrics;
      if (data_Metrics && typeof data_Metrics == "object" && !Array.isArray(data_Metrics)) {
        for (const key1 in data_Metrics) {
          let data_Metrics_value = data_Metrics[key1];
          if (!(typeof data_Metrics_value == "number" && isFinite(data_Metrics_value))) {
            const err_8fd1c9b9 = { instancePath: instancePath + "/Metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err_8fd1c9b9];
            } else {
              vErrors.push(err_8fd1c9b9);
            }
            errors++;
          }
        }
      } else {
        const err_4b1b7889 = { instancePath: instancePath + "/Metrics", schemaPath: "#/properties/Metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4b1b7889];
        } else {
          vErrors.push(err_4b1b7889);
        }
        errors++;
      }
    }
    if (data.User !== void 0) {
      if (!validate_schemas_EndpointUser(data.User, { instancePath: instancePath + "/User", parentData: data, parentDataProperty: "User", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointUser.errors : vErrors.concat(validate_schemas_EndpointUser.errors);
        errors = vErrors.length;
      }
    }
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.CohortId !== void 0) {
      if (typeof data.CohortId !== "string") {
        const err_4d923224 = { instancePath: instancePath + "/CohortId", schemaPath: "#/properties/CohortId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_4d923224];
        } else {
          vErrors.push(err_4d923224);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      let data_CreationDate = data.CreationDate;
      if (typeof data_CreationDate === "string") {
        if (!format_date$2d$time.validate(data_CreationDate)) {
          const err_227eec99 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_227eec99];
          } else {
            vErrors.push(err_227eec99);
          }
          errors++;
        }
      } else {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointResponse.evaluated = { "props": { "ChannelType": true, "Address": true, "EndpointStatus": true, "OptOut": true, "RequestId": true, "Location": true, "Demographic": true, "EffectiveDate": true, "Attributes": true, "Metrics": true, "User": true, "ApplicationId": true, "Id": true, "CohortId": true, "CreationDate": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_EndpointRequest = {
  "type": "object",
  "properties": {
    "ChannelType": {
      "type": "string",
      "enum": [
        "GCM",
        "APNS",
        "APNS_SANDBOX",
        "APNS_VOIP",
        "APNS_VOIP_SANDBOX",
        "ADM",
        "SMS",
        "VOICE",
        "EMAIL",
        "BAIDU",
        "CUSTOM"
      ]
    },
    "Address": {
      "type": "string"
    },
    "EndpointStatus": {
      "type": "string",
      "enum": [
        "ACTIVE",
        "INACTIVE"
      ]
    },
    "OptOut": {
      "type": "string",
      "enum": [
        "ALL",
        "NONE"
      ]
    },
    "RequestId": {
      "type": "string"
    },
    "Location": {
      "$ref": "https://openapi.invalid/schemas/EndpointLocation"
    },
    "Demographic": {
      "$ref": "https://openapi.invalid/schemas/EndpointDemographic"
    },
    "EffectiveDate": {
      "type": "string",
      "format": "date-time"
    },
    "Attributes": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "Metrics": {
      "type": "object",
      "additionalProperties": {
        "type": "number"
      }
    },
    "User": {
      "$ref": "https://openapi.invalid/schemas/EndpointUser"
    }
  },
  "$id": "https://openapi.invalid/schemas/EndpointRequest"
};
function validate_schemas_EndpointRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ChannelType !== void 0) {
      let data_ChannelType = data.ChannelType;
      if (typeof data_ChannelType !== "string") {
        const err_1fa85972 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1fa85972];
        } else {
          vErrors.push(err_1fa85972);
        }
        errors++;
      }
      if (!(data_ChannelType === "GCM" || data_ChannelType === "APNS" || data_ChannelType === "APNS_SANDBOX" || data_ChannelType === "APNS_VOIP" || data_ChannelType === "APNS_VOIP_SANDBOX" || data_ChannelType === "ADM" || data_ChannelType === "SMS" || data_ChannelType === "VOICE" || data_ChannelType === "EMAIL" || data_ChannelType === "BAIDU" || data_ChannelType === "CUSTOM")) {
        const err_1502d057 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/enum", keyword: "enum", params: { allowedValues: schema_schemas_EndpointRequest.properties.ChannelType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_1502d057];
        } else {
          vErrors.push(err_1502d057);
        }
        errors++;
      }
    }
    if (data.Address !== void 0) {
      if (typeof data.Address !== "string") {
        const err_23749f7d = { instancePath: instancePath + "/Address", schemaPath: "#/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_23749f7d];
        } else {
          vErrors.push(err_23749f7d);
        }
        errors++;
      }
    }
    if (data.EndpointStatus !== void 0) {
      let data_EndpointStatus = data.EndpointStatus;
      if (typeof data_EndpointStatus !== "string") {
        const err_8445f97e = { instancePath: instancePath + "/EndpointStatus", schemaPath: "#/properties/EndpointStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8445f97e];
        } else {
          vErrors.push(err_8445f97e);
        }
        errors++;
      }
      if (!(data_EndpointStatus === "ACTIVE" || data_EndpointStatus === "INACTIVE")) {
        const err_f85bf33f = { instancePath: instancePath + "/EndpointStatus", schemaPath: "#/properties/EndpointStatus/enum", keyword: "enum", params: { allowedValues: schema_schemas_EndpointRequest.properties.EndpointStatus.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_f85bf33f];
        } else {
          vErrors.push(err_f85bf33f);
        }
        errors++;
      }
    }
    if (data.OptOut !== void 0) {
      let data_OptOut = data.OptOut;
      if (typeof data_OptOut !== "string") {
        const err_350b8409 = { instancePath: instancePath + "/OptOut", schemaPath: "#/properties/OptOut/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_350b8409];
        } else {
          vErrors.push(err_350b8409);
        }
        errors++;
      }
      if (!(data_OptOut === "ALL" || data_OptOut === "NONE")) {
        const err_3d1eb009 = { instancePath: instancePath + "/OptOut", schemaPath: "#/properties/OptOut/enum", keyword: "enum", params: { allowedValues: schema_schemas_EndpointRequest.properties.OptOut.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_3d1eb009];
        } else {
          vErrors.push(err_3d1eb009);
        }
        errors++;
      }
    }
    if (data.RequestId !== void 0) {
      if (typeof data.RequestId !== "string") {
        const err_04759d60 = { instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_04759d60];
        } else {
          vErrors.push(err_04759d60);
        }
        errors++;
      }
    }
    if (data.Location !== void 0) {
      if (!validate_schemas_EndpointLocation(data.Location, { instancePath: instancePath + "/Location", parentData: data, parentDataProperty: "Location", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointLocation.errors : vErrors.concat(validate_schemas_EndpointLocation.errors);
        errors = vErrors.length;
      }
    }
    if (data.Demographic !== void 0) {
      if (!validate_schemas_EndpointDemographic(data.Demographic, { instancePath: instancePath + "/Demographic", parentData: data, parentDataProperty: "Demographic", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointDemographic.errors : vErrors.concat(validate_schemas_EndpointDemographic.errors);
        errors = vErrors.length;
      }
    }
    if (data.EffectiveDate !== void 0) {
      let data_EffectiveDate = data.EffectiveDate;
      if (typeof data_EffectiveDate === "string") {
        if (!format_date$2d$time.validate(data_EffectiveDate)) {
          const err_b6b0c15c = { instancePath: instancePath + "/EffectiveDate", schemaPath: "#/properties/EffectiveDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_b6b0c15c];
          } else {
            vErrors.push(err_b6b0c15c);
          }
          errors++;
        }
      } else {
        const err_ade0a7c8 = { instancePath: instancePath + "/EffectiveDate", schemaPath: "#/properties/EffectiveDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ade0a7c8];
        } else {
          vErrors.push(err_ade0a7c8);
        }
        errors++;
      }
    }
    if (data.Attributes !== void 0) {
      let data_Attributes = data.Attributes;
      if (data_Attributes && typeof data_Attributes == "object" && !Array.isArray(data_Attributes)) {
        for (const key0 in data_Attributes) {
          let data_Attributes_value = data_Attributes[key0];
          if (Array.isArray(data_Attributes_value)) {
            const len0 = data_Attributes_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Attributes_value[i0] !== "string") {
                const err_b0865d38 = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Attributes/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_b0865d38];
                } else {
                  vErrors.push(err_b0865d38);
                }
                errors++;
              }
            }
          } else {
            const err_afcffcdf = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Attributes/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_afcffcdf];
            } else {
              vErrors.push(err_afcffcdf);
            }
            errors++;
          }
        }
      } else {
        const err_ab10387f = { instancePath: instancePath + "/Attributes", schemaPath: "#/properties/Attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_ab10387f];
        } else {
          vErrors.push(err_ab10387f);
        }
        errors++;
      }
    }
    if (data.Metrics !== void 0) {
      let data_Metrics = data.Metrics;
      if (data_Metrics && typeof data_Metrics == "object" && !Array.isArray(data_Metrics)) {
        for (const key1 in data_Metrics) {
          let data_Metrics_value = data_Metrics[key1];
          if (!(typeof data_Metrics_value == "number" && isFinite(data_Metrics_value))) {
            const err_8fd1c9b9 = { instancePath: instancePath + "/Metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err_8fd1c9b9];
            } else {
              vErrors.push(err_8fd1c9b9);
            }
            errors++;
          }
        }
      } else {
        const err_4b1b7889 = { instancePath: instancePath + "/Metrics", schemaPath: "#/properties/Metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4b1b7889];
        } else {
          vErrors.push(err_4b1b7889);
        }
        errors++;
      }
    }
    if (data.User !== void 0) {
      if (!validate_schemas_EndpointUser(data.User, { instancePath: instancePath + "/User", parentData: data, parentDataProperty: "User", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointUser.errors : vErrors.concat(validate_schemas_EndpointUser.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointRequest.evaluated = { "props": { "ChannelType": true, "Address": true, "EndpointStatus": true, "OptOut": true, "RequestId": true, "Location": true, "Demographic": true, "EffectiveDate": true, "Attributes": true, "Metrics": true, "User": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_PublicEndpoint = {
  "type": "object",
  "properties": {
    "Address": {
      "type": "string"
    },
    "Attributes": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "ChannelType": {
      "type": "string",
      "enum": [
        "APNS",
        "GCM"
      ]
    },
    "Demographic": {
      "$ref": "https://openapi.invalid/schemas/EndpointDemographic"
    },
    "EffectiveDate": {
      "type": "string",
      "format": "date-time"
    },
    "EndpointStatus": {
      "type": "string",
      "enum": [
        "ACTIVE",
        "INACTIVE"
      ]
    },
    "Location": {
      "$ref": "https://openapi.invalid/schemas/EndpointLocation"
    },
    "Metrics": {
      "type": "object",
      "additionalProperties": {
        "type": "number"
      }
    },
    "OptOut": {
      "type": "string",
      "enum": [
        "ALL",
        "NONE"
      ]
    },
    "RequestId": {
      "type": "string"
    },
    "User": {
      "$ref": "https://openapi.invalid/schemas/EndpointUser"
    }
  },
  "$id": "https://openapi.invalid/schemas/PublicEndpoint"
};
function validate_schemas_PublicEndpoint(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_PublicEndpoint.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Address !== void 0) {
      if (typeof data.Address !== "string") {
        const err_23749f7d = { instancePath: instancePath + "/Address", schemaPath: "#/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_23749f7d];
        } else {
          vErrors.push(err_23749f7d);
        }
        errors++;
      }
    }
    if (data.Attributes !== void 0) {
      let data_Attributes = data.Attributes;
      if (data_Attributes && typeof data_Attributes == "object" && !Array.isArray(data_Attributes)) {
        for (const key0 in data_Attributes) {
          let data_Attributes_value = data_Attributes[key0];
          if (Array.isArray(data_Attributes_value)) {
            const len0 = data_Attributes_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Attributes_value[i0] !== "string") {
                const err_b0865d38 = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Attributes/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_b0865d38];
                } else {
                  vErrors.push(err_b0865d38);
                }
                errors++;
              }
            }
          } else {
            const err_afcffcdf = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Attributes/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_afcffcdf];
            } else {
              vErrors.push(err_afcffcdf);
            }
            errors++;
          }
        }
      } else {
        const err_ab10387f = { instancePath: instancePath + "/Attributes", schemaPath: "#/properties/Attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_ab10387f];
        } else {
          vErrors.push(err_ab10387f);
        }
        errors++;
      }
    }
    if (data.ChannelType !== void 0) {
      let data_ChannelType = data.ChannelType;
      if (typeof data_ChannelType !== "string") {
        const err_1fa85972 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1fa85972];
        } else {
          vErrors.push(err_1fa85972);
        }
        errors++;
      }
      if (!(data_ChannelType === "APNS" || data_ChannelType === "GCM")) {
        const err_562a4715 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/enum", keyword: "enum", params: { allowedValues: schema_schemas_PublicEndpoint.properties.ChannelType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_562a4715];
        } else {
          vErrors.push(err_562a4715);
        }
        errors++;
      }
    }
    if (data.Demographic !== void 0) {
      if (!validate_schemas_EndpointDemographic(data.Demographic, { instancePath: instancePath + "/Demographic", parentData: data, parentDataProperty: "Demographic", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointDemographic.errors : vErrors.concat(validate_schemas_EndpointDemographic.errors);
        errors = vErrors.length;
      }
    }
    if (data.EffectiveDate !== void 0) {
      let data_EffectiveDate = data.EffectiveDate;
      if (typeof data_EffectiveDate === "string") {
        if (!format_date$2d$time.validate(data_EffectiveDate)) {
          const err_b6b0c15c = { instancePath: instancePath + "/EffectiveDate", schemaPath: "#/properties/EffectiveDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_b6b0c15c];
          } else {
            vErrors.push(err_b6b0c15c);
          }
          errors++;
        }
      } else {
        const err_ade0a7c8 = { instancePath: instancePath + "/EffectiveDate", schemaPath: "#/properties/EffectiveDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ade0a7c8];
        } else {
          vErrors.push(err_ade0a7c8);
        }
        errors++;
      }
    }
    if (data.EndpointStatus !== void 0) {
      let data_EndpointStatus = data.EndpointStatus;
      if (typeof data_EndpointStatus !== "string") {
        const err_8445f97e = { instancePath: instancePath + "/EndpointStatus", schemaPath: "#/properties/EndpointStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8445f97e];
        } else {
          vErrors.push(err_8445f97e);
        }
        errors++;
      }
      if (!(data_EndpointStatus === "ACTIVE" || data_EndpointStatus === "INACTIVE")) {
        const err_469c306b = { instancePath: instancePath + "/EndpointStatus", schemaPath: "#/properties/EndpointStatus/enum", keyword: "enum", params: { allowedValues: schema_schemas_PublicEndpoint.properties.EndpointStatus.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_469c306b];
        } else {
          vErrors.push(err_469c306b);
        }
        errors++;
      }
    }
    if (data.Location !== void 0) {
      if (!validate_schemas_EndpointLocation(data.Location, { instancePath: instancePath + "/Location", parentData: data, parentDataProperty: "Location", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointLocation.errors : vErrors.concat(validate_schemas_EndpointLocation.errors);
        errors = vErrors.length;
      }
    }
    if (data.Metrics !== void 0) {
      let data_Metrics = data.Metrics;
      if (data_Metrics && typeof data_Metrics == "object" && !Array.isArray(data_Metrics)) {
        for (const key1 in data_Metrics) {
          let data_Metrics_value = data_Metrics[key1];
          if (!(typeof data_Metrics_value == "number" && isFinite(data_Metrics_value))) {
            const err_8fd1c9b9 = { instancePath: instancePath + "/Metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err_8fd1c9b9];
            } else {
              vErrors.push(err_8fd1c9b9);
            }
            errors++;
          }
        }
      } else {
        const err_4b1b7889 = { instancePath: instancePath + "/Metrics", schemaPath: "#/properties/Metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4b1b7889];
        } else {
          vErrors.push(err_4b1b7889);
        }
        errors++;
      }
    }
    if (data.OptOut !== void 0) {
      let data_OptOut = data.OptOut;
      if (typeof data_OptOut !== "string") {
        const err_350b8409 = { instancePath: instancePath + "/OptOut", schemaPath: "#/properties/OptOut/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_350b8409];
        } else {
          vErrors.push(err_350b8409);
        }
        errors++;
      }
      if (!(data_OptOut === "ALL" || data_OptOut === "NONE")) {
        const err_5f1d7c6a = { instancePath: instancePath + "/OptOut", schemaPath: "#/properties/OptOut/enum", keyword: "enum", params: { allowedValues: schema_schemas_PublicEndpoint.properties.OptOut.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_5f1d7c6a];
        } else {
          vErrors.push(err_5f1d7c6a);
        }
        errors++;
      }
    }
    if (data.RequestId !== void 0) {
      if (typeof data.RequestId !== "string") {
        const err_04759d60 = { instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_04759d60];
        } else {
          vErrors.push(err_04759d60);
        }
        errors++;
      }
    }
    if (data.User !== void 0) {
      if (!validate_schemas_EndpointUser(data.User, { instancePath: instancePath + "/User", parentData: data, parentDataProperty: "User", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointUser.errors : vErrors.concat(validate_schemas_EndpointUser.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_PublicEndpoint.errors = vErrors;
  return errors === 0;
}
validate_schemas_PublicEndpoint.evaluated = { "props": { "Address": true, "Attributes": true, "ChannelType": true, "Demographic": true, "EffectiveDate": true, "EndpointStatus": true, "Location": true, "Metrics": true, "OptOut": true, "RequestId": true, "User": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_Session(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_Session.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Duration !== void 0) {
      let data_Duration = data.Duration;
      if (!(typeof data_Duration == "number" && (!(data_Duration % 1) && !isNaN(data_Duration)) && isFinite(data_Duration))) {
        const err_3663a7c9 = { instancePath: instancePath + "/Duration", schemaPath: "#/properties/Duration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_3663a7c9];
        } else {
          vErrors.push(err_3663a7c9);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.StartTimestamp !== void 0) {
      if (typeof data.StartTimestamp !== "string") {
        const err_1724f0d8 = { instancePath: instancePath + "/StartTimestamp", schemaPath: "#/properties/StartTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1724f0d8];
        } else {
          vErrors.push(err_1724f0d8);
        }
        errors++;
      }
    }
    if (data.StopTimestamp !== void 0) {
      if (typeof data.StopTimestamp !== "string") {
        const err_c1824a14 = { instancePath: instancePath + "/StopTimestamp", schemaPath: "#/properties/StopTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c1824a14];
        } else {
          vErrors.push(err_c1824a14);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_Session.errors = vErrors;
  return errors === 0;
}
validate_schemas_Session.evaluated = { "props": { "Duration": true, "Id": true, "StartTimestamp": true, "StopTimestamp": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_Event(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_Event.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Attributes !== void 0) {
      let data_Attributes = data.Attributes;
      if (data_Attributes && typeof data_Attributes == "object" && !Array.isArray(data_Attributes)) {
        for (const key0 in data_Attributes) {
          if (typeof data_Attributes[key0] !== "string") {
            const err_8e89a578 = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Attributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_8e89a578];
            } else {
              vErrors.push(err_8e89a578);
            }
            errors++;
          }
        }
      } else {
        const err_ab10387f = { instancePath: instancePath + "/Attributes", schemaPath: "#/properties/Attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_ab10387f];
        } else {
          vErrors.push(err_ab10387f);
        }
        errors++;
      }
    }
    if (data.ClientSdkVersion !== void 0) {
      if (typeof data.ClientSdkVersion !== "string") {
        const err_9ec9a33a = { instancePath: instancePath + "/ClientSdkVersion", schemaPath: "#/properties/ClientSdkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_9ec9a33a];
        } else {
          vErrors.push(err_9ec9a33a);
        }
        errors++;
      }
    }
    if (data.EventType !== void 0) {
      if (typeof data.EventType !== "string") {
        const err_f5672a18 = { instancePath: instancePath + "/EventType", schemaPath: "#/properties/EventType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f5672a18];
        } else {
          vErrors.push(err_f5672a18);
        }
        errors++;
      }
    }
    if (data.Metrics !== void 0) {
      let data_Metrics = data.Metrics;
      if (data_Metrics && typeof data_Metrics == "object" && !Array.isArray(data_Metrics)) {
        for (const key1 in data_Metrics) {
          let data_Metrics_value = data_Metrics[key1];
          if (!(typeof data_Metrics_value == "number" && isFinite(data_Metrics_value))) {
            const err_8fd1c9b9 = { instancePath: instancePath + "/Metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err_8fd1c9b9];
            } else {
              vErrors.push(err_8fd1c9b9);
            }
            errors++;
          }
        }
      } else {
        const err_4b1b7889 = { instancePath: instancePath + "/Metrics", schemaPath: "#/properties/Metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4b1b7889];
        } else {
          vErrors.push(err_4b1b7889);
        }
        errors++;
      }
    }
    if (data.Session !== void 0) {
      if (!validate_schemas_Session(data.Session, { instancePath: instancePath + "/Session", parentData: data, parentDataProperty: "Session", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Session.errors : vErrors.concat(validate_schemas_Session.errors);
        errors = vErrors.length;
      }
    }
    if (data.Timestamp !== void 0) {
      let data_Timestamp = data.Timestamp;
      if (typeof data_Timestamp === "string") {
        if (!format_date$2d$time.validate(data_Timestamp)) {
          const err_46a4f6a3 = { instancePath: instancePath + "/Timestamp", schemaPath: "#/properties/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_46a4f6a3];
          } else {
            vErrors.push(err_46a4f6a3);
          }
          errors++;
        }
      } else {
        const err_f2f38bc5 = { instancePath: instancePath + "/Timestamp", schemaPath: "#/properties/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f2f38bc5];
        } else {
          vErrors.push(err_f2f38bc5);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_Event.errors = vErrors;
  return errors === 0;
}
validate_schemas_Event.evaluated = { "props": { "Attributes": true, "ClientSdkVersion": true, "EventType": true, "Metrics": true, "Session": true, "Timestamp": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EventsBatch(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EventsBatch.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Endpoint !== void 0) {
      if (!validate_schemas_PublicEndpoint(data.Endpoint, { instancePath: instancePath + "/Endpoint", parentData: data, parentDataProperty: "Endpoint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_PublicEndpoint.errors : vErrors.concat(validate_schemas_PublicEndpoint.errors);
        errors = vErrors.length;
      }
    }
    if (data.Events !== void 0) {
      let data_Events = data.Events;
      if (data_Events && typeof data_Events == "object" && !Array.isArray(data_Events)) {
        for (const key0 in data_Events) {
          if (!validate_schemas_Event(data_Events[key0], { instancePath: instancePath + "/Events/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_Events, parentDataProperty: key0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_Event.errors : vErrors.concat(validate_schemas_Event.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_8625c604 = { instancePath: instancePath + "/Events", schemaPath: "#/properties/Events/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_8625c604];
        } else {
          vErrors.push(err_8625c604);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EventsBatch.errors = vErrors;
  return errors === 0;
}
validate_schemas_EventsBatch.evaluated = { "props": { "Endpoint": true, "Events": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EventsRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EventsRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.BatchItem !== void 0) {
      let data_BatchItem = data.BatchItem;
      if (data_BatchItem && typeof data_BatchItem == "object" && !Array.isArray(data_BatchItem)) {
        for (const key0 in data_BatchItem) {
          if (!validate_schemas_EventsBatch(data_BatchItem[key0], { instancePath: instancePath + "/BatchItem/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_BatchItem, parentDataProperty: key0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_EventsBatch.errors : vErrors.concat(validate_schemas_EventsBatch.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_6d7f3b58 = { instancePath: instancePath + "/BatchItem", schemaPath: "#/properties/BatchItem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_6d7f3b58];
        } else {
          vErrors.push(err_6d7f3b58);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EventsRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_EventsRequest.evaluated = { "props": { "BatchItem": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EndpointItemResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointItemResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Message !== void 0) {
      if (typeof data.Message !== "string") {
        const err_d0dd243a = { instancePath: instancePath + "/Message", schemaPath: "#/properties/Message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d0dd243a];
        } else {
          vErrors.push(err_d0dd243a);
        }
        errors++;
      }
    }
    if (data.StatusCode !== void 0) {
      let data_StatusCode = data.StatusCode;
      if (!(typeof data_StatusCode == "number" && (!(data_StatusCode % 1) && !isNaN(data_StatusCode)) && isFinite(data_StatusCode))) {
        const err_320ece18 = { instancePath: instancePath + "/StatusCode", schemaPath: "#/properties/StatusCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_320ece18];
        } else {
          vErrors.push(err_320ece18);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointItemResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointItemResponse.evaluated = { "props": { "Message": true, "StatusCode": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_EventItemResponse = {
  "type": "object",
  "properties": {
    "Message": {
      "type": "string"
    },
    "StatusCode": {
      "type": "integer",
      "enum": [
        400,
        202
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/EventItemResponse"
};
function validate_schemas_EventItemResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EventItemResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Message !== void 0) {
      if (typeof data.Message !== "string") {
        const err_d0dd243a = { instancePath: instancePath + "/Message", schemaPath: "#/properties/Message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d0dd243a];
        } else {
          vErrors.push(err_d0dd243a);
        }
        errors++;
      }
    }
    if (data.StatusCode !== void 0) {
      let data_StatusCode = data.StatusCode;
      if (!(typeof data_StatusCode == "number" && (!(data_StatusCode % 1) && !isNaN(data_StatusCode)) && isFinite(data_StatusCode))) {
        const err_320ece18 = { instancePath: instancePath + "/StatusCode", schemaPath: "#/properties/StatusCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_320ece18];
        } else {
          vErrors.push(err_320ece18);
        }
        errors++;
      }
      if (!(data_StatusCode === 400 || data_StatusCode === 202)) {
        const err_9847319e = { instancePath: instancePath + "/StatusCode", schemaPath: "#/properties/StatusCode/enum", keyword: "enum", params: { allowedValues: schema_schemas_EventItemResponse.properties.StatusCode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_9847319e];
        } else {
          vErrors.push(err_9847319e);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EventItemResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_EventItemResponse.evaluated = { "props": { "Message": true, "StatusCode": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_ItemResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ItemResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.EndpointItemResponse !== void 0) {
      if (!validate_schemas_EndpointItemResponse(data.EndpointItemResponse, { instancePath: instancePath + "/EndpointItemResponse", parentData: data, parentDataProperty: "EndpointItemResponse", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EndpointItemResponse.errors : vErrors.concat(validate_schemas_EndpointItemResponse.errors);
        errors = vErrors.length;
      }
    }
    if (data.EventsItemResponse !== void 0) {
      let data_EventsItemResponse = data.EventsItemResponse;
      if (data_EventsItemResponse && typeof data_EventsItemResponse == "object" && !Array.isArray(data_EventsItemResponse)) {
        for (const key0 in data_EventsItemResponse) {
          if (!validate_schemas_EventItemResponse(data_EventsItemResponse[key0], { instancePath: instancePath + "/EventsItemResponse/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_EventsItemResponse, parentDataProperty: key0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_EventItemResponse.errors : vErrors.concat(validate_schemas_EventItemResponse.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_ce488356 = { instancePath: instancePath + "/EventsItemResponse", schemaPath: "#/properties/EventsItemResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_ce488356];
        } else {
          vErrors.push(err_ce488356);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ItemResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ItemResponse.evaluated = { "props": { "EndpointItemResponse": true, "EventsItemResponse": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EventsResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EventsResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Results !== void 0) {
      let data_Results = data.Results;
      if (data_Results && typeof data_Results == "object" && !Array.isArray(data_Results)) {
        for (const key0 in data_Results) {
          if (!validate_schemas_ItemResponse(data_Results[key0], { instancePath: instancePath + "/Results/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_Results, parentDataProperty: key0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_ItemResponse.errors : vErrors.concat(validate_schemas_ItemResponse.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_279c9b9b = { instancePath: instancePath + "/Results", schemaPath: "#/properties/Results/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_279c9b9b];
        } else {
          vErrors.push(err_279c9b9b);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EventsResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_EventsResponse.evaluated = { "props": { "Results": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EventStream(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EventStream.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.DestinationStreamArn !== void 0) {
      if (typeof data.DestinationStreamArn !== "string") {
        const err_45e491da = { instancePath: instancePath + "/DestinationStreamArn", schemaPath: "#/properties/DestinationStreamArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_45e491da];
        } else {
          vErrors.push(err_45e491da);
        }
        errors++;
      }
    }
    if (data.ExternalId !== void 0) {
      if (typeof data.ExternalId !== "string") {
        const err_86d5ce1b = { instancePath: instancePath + "/ExternalId", schemaPath: "#/properties/ExternalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_86d5ce1b];
        } else {
          vErrors.push(err_86d5ce1b);
        }
        errors++;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      let data_LastModifiedDate = data.LastModifiedDate;
      if (typeof data_LastModifiedDate === "string") {
        if (!format_date$2d$time.validate(data_LastModifiedDate)) {
          const err_14c68a6b = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_14c68a6b];
          } else {
            vErrors.push(err_14c68a6b);
          }
          errors++;
        }
      } else {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.LastUpdatedBy !== void 0) {
      if (typeof data.LastUpdatedBy !== "string") {
        const err_6270fa0c = { instancePath: instancePath + "/LastUpdatedBy", schemaPath: "#/properties/LastUpdatedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6270fa0c];
        } else {
          vErrors.push(err_6270fa0c);
        }
        errors++;
      }
    }
    if (data.RoleArn !== void 0) {
      if (typeof data.RoleArn !== "string") {
        const err_21834f4f = { instancePath: instancePath + "/RoleArn", schemaPath: "#/properties/RoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_21834f4f];
        } else {
          vErrors.push(err_21834f4f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EventStream.errors = vErrors;
  return errors === 0;
}
validate_schemas_EventStream.evaluated = { "props": { "ApplicationId": true, "DestinationStreamArn": true, "ExternalId": true, "LastModifiedDate": true, "LastUpdatedBy": true, "RoleArn": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_WriteEventStream(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_WriteEventStream.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.DestinationStreamArn !== void 0) {
      if (typeof data.DestinationStreamArn !== "string") {
        const err_45e491da = { instancePath: instancePath + "/DestinationStreamArn", schemaPath: "#/properties/DestinationStreamArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_45e491da];
        } else {
          vErrors.push(err_45e491da);
        }
        errors++;
      }
    }
    if (data.RoleArn !== void 0) {
      if (typeof data.RoleArn !== "string") {
        const err_21834f4f = { instancePath: instancePath + "/RoleArn", schemaPath: "#/properties/RoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_21834f4f];
        } else {
          vErrors.push(err_21834f4f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_WriteEventStream.errors = vErrors;
  return errors === 0;
}
validate_schemas_WriteEventStream.evaluated = { "props": { "DestinationStreamArn": true, "RoleArn": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_ExportJobResource(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ExportJobResource.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RoleArn !== void 0) {
      if (typeof data.RoleArn !== "string") {
        const err_21834f4f = { instancePath: instancePath + "/RoleArn", schemaPath: "#/properties/RoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_21834f4f];
        } else {
          vErrors.push(err_21834f4f);
        }
        errors++;
      }
    }
    if (data.S3UrlPrefix !== void 0) {
      if (typeof data.S3UrlPrefix !== "string") {
        const err_ecd41ed3 = { instancePath: instancePath + "/S3UrlPrefix", schemaPath: "#/properties/S3UrlPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ecd41ed3];
        } else {
          vErrors.push(err_ecd41ed3);
        }
        errors++;
      }
    }
    if (data.SegmentId !== void 0) {
      if (typeof data.SegmentId !== "string") {
        const err_892a384b = { instancePath: instancePath + "/SegmentId", schemaPath: "#/properties/SegmentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_892a384b];
        } else {
          vErrors.push(err_892a384b);
        }
        errors++;
      }
    }
    if (data.SegmentVersion !== void 0) {
      let data_SegmentVersion = data.SegmentVersion;
      if (!(typeof data_SegmentVersion == "number" && (!(data_SegmentVersion % 1) && !isNaN(data_SegmentVersion)) && isFinite(data_SegmentVersion))) {
        const err_1c9855a5 = { instancePath: instancePath + "/SegmentVersion", schemaPath: "#/properties/SegmentVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_1c9855a5];
        } else {
          vErrors.push(err_1c9855a5);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ExportJobResource.errors = vErrors;
  return errors === 0;
}
validate_schemas_ExportJobResource.evaluated = { "props": { "RoleArn": true, "S3UrlPrefix": true, "SegmentId": true, "SegmentVersion": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_ExportJobResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CompletedPieces": {
      "type": "integer"
    },
    "CompletionDate": {
      "type": "string",
      "format": "date-time"
    },
    "CreationDate": {
      "type": "string",
      "format": "date-time"
    },
    "Definition": {
      "$ref": "https://openapi.invalid/schemas/ExportJobResource"
    },
    "FailedPieces": {
      "type": "integer"
    },
    "Failures": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "Id": {
      "type": "string"
    },
    "JobStatus": {
      "type": "string",
      "enum": [
        "CREATED",
        "INITIALIZING",
        "PROCESSING",
        "COMPLETING",
        "COMPLETED",
        "FAILING",
        "FAILED"
      ]
    },
    "TotalFailures": {
      "type": "integer"
    },
    "TotalPieces": {
      "type": "integer"
    },
    "TotalProcessed": {
      "type": "integer"
    },
    "Type": {
      "type": "string",
      "enum": [
        "EXPORT"
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/ExportJobResponse"
};
function validate_schemas_ExportJobResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ExportJobResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CompletedPieces !== void 0) {
      let data_CompletedPieces = data.CompletedPieces;
      if (!(typeof data_CompletedPieces == "number" && (!(data_CompletedPieces % 1) && !isNaN(data_CompletedPieces)) && isFinite(data_CompletedPieces))) {
        const err_2a3d4458 = { instancePath: instancePath + "/CompletedPieces", schemaPath: "#/properties/CompletedPieces/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_2a3d4458];
        } else {
          vErrors.push(err_2a3d4458);
        }
        errors++;
      }
    }
    if (data.CompletionDate !== void 0) {
      let data_CompletionDate = data.CompletionDate;
      if (typeof data_CompletionDate === "string") {
        if (!format_date$2d$time.validate(data_CompletionDate)) {
          const err_315a9eb2 = { instancePath: instancePath + "/CompletionDate", schemaPath: "#/properties/CompletionDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_315a9eb2];
          } else {
            vErrors.push(err_315a9eb2);
          }
          errors++;
        }
      } else {
        const err_9cb1927b = { instancePath: instancePath + "/CompletionDate", schemaPath: "#/properties/CompletionDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_9cb1927b];
        } else {
          vErrors.push(err_9cb1927b);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      let data_CreationDate = data.CreationDate;
      if (typeof data_CreationDate === "string") {
        if (!format_date$2d$time.validate(data_CreationDate)) {
          const err_227eec99 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_227eec99];
          } else {
            vErrors.push(err_227eec99);
          }
          errors++;
        }
      } else {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.Definition !== void 0) {
      if (!validate_schemas_ExportJobResource(data.Definition, { instancePath: instancePath + "/Definition", parentData: data, parentDataProperty: "Definition", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_ExportJobResource.errors : vErrors.concat(validate_schemas_ExportJobResource.errors);
        errors = vErrors.length;
      }
    }
    if (data.FailedPieces !== void 0) {
      let data_FailedPieces = data.FailedPieces;
      if (!(typeof data_FailedPieces == "number" && (!(data_FailedPieces % 1) && !isNaN(data_FailedPieces)) && isFinite(data_FailedPieces))) {
        const err_fae844ab = { instancePath: instancePath + "/FailedPieces", schemaPath: "#/properties/FailedPieces/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_fae844ab];
        } else {
          vErrors.push(err_fae844ab);
        }
        errors++;
      }
    }
    if (data.Failures !== void 0) {
      let data_Failures = data.Failures;
      if (Array.isArray(data_Failures)) {
        const len0 = data_Failures.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data_Failures[i0] !== "string") {
            const err_82df6f74 = { instancePath: instancePath + "/Failures/" + i0, schemaPath: "#/properties/Failures/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_82df6f74];
            } else {
              vErrors.push(err_82df6f74);
            }
            errors++;
          }
        }
      } else {
        const err_4c6a358f = { instancePath: instancePath + "/Failures", schemaPath: "#/properties/Failures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_4c6a358f];
        } else {
          vErrors.push(err_4c6a358f);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.JobStatus !== void 0) {
      let data_JobStatus = data.JobStatus;
      if (typeof data_JobStatus !== "string") {
        const err_9cc59dda = { instancePath: instancePath + "/JobStatus", schemaPath: "#/properties/JobStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_9cc59dda];
        } else {
          vErrors.push(err_9cc59dda);
        }
        errors++;
      }
      if (!(data_JobStatus === "CREATED" || data_JobStatus === "INITIALIZING" || data_JobStatus === "PROCESSING" || data_JobStatus === "COMPLETING" || data_JobStatus === "COMPLETED" || data_JobStatus === "FAILING" || data_JobStatus === "FAILED")) {
        const err_a4cdeb47 = { instancePath: instancePath + "/JobStatus", schemaPath: "#/properties/JobStatus/enum", keyword: "enum", params: { allowedValues: schema_schemas_ExportJobResponse.properties.JobStatus.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_a4cdeb47];
        } else {
          vErrors.push(err_a4cdeb47);
        }
        errors++;
      }
    }
    if (data.TotalFailures !== void 0) {
      let data_TotalFailures = data.TotalFailures;
      if (!(typeof data_TotalFailures == "number" && (!(data_TotalFailures % 1) && !isNaN(data_TotalFailures)) && isFinite(data_TotalFailures))) {
        const err_c0d6e823 = { instancePath: instancePath + "/TotalFailures", schemaPath: "#/properties/TotalFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_c0d6e823];
        } else {
          vErrors.push(err_c0d6e823);
        }
        errors++;
      }
    }
    if (data.TotalPieces !== void 0) {
      let data_TotalPieces = data.TotalPieces;
      if (!(typeof data_TotalPieces == "number" && (!(data_TotalPieces % 1) && !isNaN(data_TotalPieces)) && isFinite(data_TotalPieces))) {
        const err_a5a9b522 = { instancePath: instancePath + "/TotalPieces", schemaPath: "#/properties/TotalPieces/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_a5a9b522];
        } else {
          vErrors.push(err_a5a9b522);
        }
        errors++;
      }
    }
    if (data.TotalProcessed !== void 0) {
      let data_TotalProcessed = data.TotalProcessed;
      if (!(typeof data_TotalProcessed == "number" && (!(data_TotalProcessed % 1) && !isNaN(data_TotalProcessed)) && isFinite(data_TotalProcessed))) {
        const err_2f3edede = { instancePath: instancePath + "/TotalProcessed", schemaPath: "#/properties/TotalProcessed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_2f3edede];
        } else {
          vErrors.push(err_2f3edede);
        }
        errors++;
      }
    }
    if (data.Type !== void 0) {
      let data_Type = data.Type;
      if (typeof data_Type !== "string") {
        const err_5cf0c1de = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5cf0c1de];
        } else {
          vErrors.push(err_5cf0c1de);
        }
        errors++;
      }
      if (!(data_Type === "EXPORT")) {
        const err_f7395ccb = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/enum", keyword: "enum", params: { allowedValues: schema_schemas_ExportJobResponse.properties.Type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_f7395ccb];
        } else {
          vErrors.push(err_f7395ccb);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ExportJobResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ExportJobResponse.evaluated = { "props": { "ApplicationId": true, "CompletedPieces": true, "CompletionDate": true, "CreationDate": true, "Definition": true, "FailedPieces": true, "Failures": true, "Id": true, "JobStatus": true, "TotalFailures": true, "TotalPieces": true, "TotalProcessed": true, "Type": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_ExportJobsResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ExportJobsResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Item !== void 0) {
      let data_Item = data.Item;
      if (Array.isArray(data_Item)) {
        const len0 = data_Item.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_ExportJobResponse(data_Item[i0], { instancePath: instancePath + "/Item/" + i0, parentData: data_Item, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_ExportJobResponse.errors : vErrors.concat(validate_schemas_ExportJobResponse.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_396bd49f = { instancePath: instancePath + "/Item", schemaPath: "#/properties/Item/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_396bd49f];
        } else {
          vErrors.push(err_396bd49f);
        }
        errors++;
      }
    }
    if (data.NextToken !== void 0) {
      if (typeof data.NextToken !== "string") {
        const err_254606cf = { instancePath: instancePath + "/NextToken", schemaPath: "#/properties/NextToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_254606cf];
        } else {
          vErrors.push(err_254606cf);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ExportJobsResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ExportJobsResponse.evaluated = { "props": { "Item": true, "NextToken": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_ExportJobRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ExportJobRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RoleArn !== void 0) {
      if (typeof data.RoleArn !== "string") {
        const err_21834f4f = { instancePath: instancePath + "/RoleArn", schemaPath: "#/properties/RoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_21834f4f];
        } else {
          vErrors.push(err_21834f4f);
        }
        errors++;
      }
    }
    if (data.S3UrlPrefix !== void 0) {
      if (typeof data.S3UrlPrefix !== "string") {
        const err_ecd41ed3 = { instancePath: instancePath + "/S3UrlPrefix", schemaPath: "#/properties/S3UrlPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ecd41ed3];
        } else {
          vErrors.push(err_ecd41ed3);
        }
        errors++;
      }
    }
    if (data.SegmentId !== void 0) {
      if (typeof data.SegmentId !== "string") {
        const err_892a384b = { instancePath: instancePath + "/SegmentId", schemaPath: "#/properties/SegmentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_892a384b];
        } else {
          vErrors.push(err_892a384b);
        }
        errors++;
      }
    }
    if (data.SegmentVersion !== void 0) {
      let data_SegmentVersion = data.SegmentVersion;
      if (!(typeof data_SegmentVersion == "number" && (!(data_SegmentVersion % 1) && !isNaN(data_SegmentVersion)) && isFinite(data_SegmentVersion))) {
        const err_1c9855a5 = { instancePath: instancePath + "/SegmentVersion", schemaPath: "#/properties/SegmentVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_1c9855a5];
        } else {
          vErrors.push(err_1c9855a5);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ExportJobRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_ExportJobRequest.evaluated = { "props": { "RoleArn": true, "S3UrlPrefix": true, "SegmentId": true, "SegmentVersion": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_ImportJobResource = {
  "type": "object",
  "properties": {
    "DefineSegment": {
      "type": "boolean"
    },
    "ExternalId": {
      "type": "string"
    },
    "Format": {
      "type": "string",
      "enum": [
        "CSV",
        "JSON"
      ]
    },
    "RegisterEndpoints": {
      "type": "boolean"
    },
    "RoleArn": {
      "type": "string"
    },
    "S3Url": {
      "type": "string"
    },
    "SegmentId": {
      "type": "string"
    },
    "SegmentName": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/ImportJobResource"
};
function validate_schemas_ImportJobResource(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ImportJobResource.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.DefineSegment !== void 0) {
      if (typeof data.DefineSegment !== "boolean") {
        const err_606c97a7 = { instancePath: instancePath + "/DefineSegment", schemaPath: "#/properties/DefineSegment/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_606c97a7];
        } else {
          vErrors.push(err_606c97a7);
        }
        errors++;
      }
    }
    if (data.ExternalId !== void 0) {
      if (typeof data.ExternalId !== "string") {
        const err_86d5ce1b = { instancePath: instancePath + "/ExternalId", schemaPath: "#/properties/ExternalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_86d5ce1b];
        } else {
          vErrors.push(err_86d5ce1b);
        }
        errors++;
      }
    }
    if (data.Format !== void 0) {
      let data_Format = data.Format;
      if (typeof data_Format !== "string") {
        const err_cb7cce5b = { instancePath: instancePath + "/Format", schemaPath: "#/properties/Format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_cb7cce5b];
        } else {
          vErrors.push(err_cb7cce5b);
        }
        errors++;
      }
      if (!(data_Format === "CSV" || data_Format === "JSON")) {
        const err_31fa5216 = { instancePath: instancePath + "/Format", schemaPath: "#/properties/Format/enum", keyword: "enum", params: { allowedValues: schema_schemas_ImportJobResource.properties.Format.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_31fa5216];
        } else {
          vErrors.push(err_31fa5216);
        }
        errors++;
      }
    }
    if (data.RegisterEndpoints !== void 0) {
      if (typeof data.RegisterEndpoints !== "boolean") {
        const err_f2b0c344 = { instancePath: instancePath + "/RegisterEndpoints", schemaPath: "#/properties/RegisterEndpoints/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_f2b0c344];
        } else {
          vErrors.push(err_f2b0c344);
        }
        errors++;
      }
    }
    if (data.RoleArn !== void 0) {
      if (typeof data.RoleArn !== "string") {
        const err_21834f4f = { instancePath: instancePath + "/RoleArn", schemaPath: "#/properties/RoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_21834f4f];
        } else {
          vErrors.push(err_21834f4f);
        }
        errors++;
      }
    }
    if (data.S3Url !== void 0) {
      if (typeof data.S3Url !== "string") {
        const err_834912fd = { instancePath: instancePath + "/S3Url", schemaPath: "#/properties/S3Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_834912fd];
        } else {
          vErrors.push(err_834912fd);
        }
        errors++;
      }
    }
    if (data.SegmentId !== void 0) {
      if (typeof data.SegmentId !== "string") {
        const err_892a384b = { instancePath: instancePath + "/SegmentId", schemaPath: "#/properties/SegmentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_892a384b];
        } else {
          vErrors.push(err_892a384b);
        }
        errors++;
      }
    }
    if (data.SegmentName !== void 0) {
      if (typeof data.SegmentName !== "string") {
        const err_a7d3ddea = { instancePath: instancePath + "/SegmentName", schemaPath: "#/properties/SegmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_a7d3ddea];
        } else {
          vErrors.push(err_a7d3ddea);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ImportJobResource.errors = vErrors;
  return errors === 0;
}
validate_schemas_ImportJobResource.evaluated = { "props": { "DefineSegment": true, "ExternalId": true, "Format": true, "RegisterEndpoints": true, "RoleArn": true, "S3Url": true, "SegmentId": true, "SegmentName": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_ImportJobResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CompletedPieces": {
      "type": "integer"
    },
    "CompletionDate": {
      "type": "string",
      "format": "date-time"
    },
    "CreationDate": {
      "type": "string",
      "format": "date-time"
    },
    "Definition": {
      "$ref": "https://openapi.invalid/schemas/ImportJobResource"
    },
    "FailedPieces": {
      "type": "integer"
    },
    "Failures": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "Id": {
      "type": "string"
    },
    "JobStatus": {
      "type": "string",
      "enum": [
        "CREATED",
        "INITIALIZING",
        "PROCESSING",
        "COMPLETING",
        "COMPLETED",
        "FAILING",
        "FAILED"
      ]
    },
    "TotalFailures": {
      "type": "integer"
    },
    "TotalPieces": {
      "type": "integer"
    },
    "TotalProcessed": {
      "type": "integer"
    },
    "Type": {
      "type": "string",
      "enum": [
        "IMPORT"
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/ImportJobResponse"
};
function validate_schemas_ImportJobResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ImportJobResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CompletedPieces !== void 0) {
      let data_CompletedPieces = data.CompletedPieces;
      if (!(typeof data_CompletedPieces == "number" && (!(data_CompletedPieces % 1) && !isNaN(data_CompletedPieces)) && isFinite(data_CompletedPieces))) {
        const err_2a3d4458 = { instancePath: instancePath + "/CompletedPieces", schemaPath: "#/properties/CompletedPieces/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_2a3d4458];
        } else {
          vErrors.push(err_2a3d4458);
        }
        errors++;
      }
    }
    if (data.CompletionDate !== void 0) {
      let data_CompletionDate = data.CompletionDate;
      if (typeof data_CompletionDate === "string") {
        if (!format_date$2d$time.validate(data_CompletionDate)) {
          const err_315a9eb2 = { instancePath: instancePath + "/CompletionDate", schemaPath: "#/properties/CompletionDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_315a9eb2];
          } else {
            vErrors.push(err_315a9eb2);
          }
          errors++;
        }
      } else {
        const err_9cb1927b = { instancePath: instancePath + "/CompletionDate", schemaPath: "#/properties/CompletionDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_9cb1927b];
        } else {
          vErrors.push(err_9cb1927b);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      let data_CreationDate = data.CreationDate;
      if (typeof data_CreationDate === "string") {
        if (!format_date$2d$time.validate(data_CreationDate)) {
          const err_227eec99 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_227eec99];
          } else {
            vErrors.push(err_227eec99);
          }
          errors++;
        }
      } else {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.Definition !== void 0) {
      if (!validate_schemas_ImportJobResource(data.Definition, { instancePath: instancePath + "/Definition", parentData: data, parentDataProperty: "Definition", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_ImportJobResource.errors : vErrors.concat(validate_schemas_ImportJobResource.errors);
        errors = vErrors.length;
      }
    }
    if (data.FailedPieces !== void 0) {
      let data_FailedPieces = data.FailedPieces;
      if (!(typeof data_FailedPieces == "number" && (!(data_FailedPieces % 1) && !isNaN(data_FailedPieces)) && isFinite(data_FailedPieces))) {
        const err_fae844ab = { instancePath: instancePath + "/FailedPieces", schemaPath: "#/properties/FailedPieces/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_fae844ab];
        } else {
          vErrors.push(err_fae844ab);
        }
        errors++;
      }
    }
    if (data.Failures !== void 0) {
      let data_Failures = data.Failures;
      if (Array.isArray(data_Failures)) {
        const len0 = data_Failures.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data_Failures[i0] !== "string") {
            const err_82df6f74 = { instancePath: instancePath + "/Failures/" + i0, schemaPath: "#/properties/Failures/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_82df6f74];
            } else {
              vErrors.push(err_82df6f74);
            }
            errors++;
          }
        }
      } else {
        const err_4c6a358f = { instancePath: instancePath + "/Failures", schemaPath: "#/properties/Failures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_4c6a358f];
        } else {
          vErrors.push(err_4c6a358f);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.JobStatus !== void 0) {
      let data_JobStatus = data.JobStatus;
      if (typeof data_JobStatus !== "string") {
        const err_9cc59dda = { instancePath: instancePath + "/JobStatus", schemaPath: "#/properties/JobStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_9cc59dda];
        } else {
          vErrors.push(err_9cc59dda);
        }
        errors++;
      }
      if (!(data_JobStatus === "CREATED" || data_JobStatus === "INITIALIZING" || data_JobStatus === "PROCESSING" || data_JobStatus === "COMPLETING" || data_JobStatus === "COMPLETED" || data_JobStatus === "FAILING" || data_JobStatus === "FAILED")) {
        const err_fda8bfa4 = { instancePath: instancePath + "/JobStatus", schemaPath: "#/properties/JobStatus/enum", keyword: "enum", params: { allowedValues: schema_schemas_ImportJobResponse.properties.JobStatus.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_fda8bfa4];
        } else {
          vErrors.push(err_fda8bfa4);
        }
        errors++;
      }
    }
    if (data.TotalFailures !== void 0) {
      let data_TotalFailures = data.TotalFailures;
      if (!(typeof data_TotalFailures == "number" && (!(data_TotalFailures % 1) && !isNaN(data_TotalFailures)) && isFinite(data_TotalFailures))) {
        const err_c0d6e823 = { instancePath: instancePath + "/TotalFailures", schemaPath: "#/properties/TotalFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_c0d6e823];
        } else {
          vErrors.push(err_c0d6e823);
        }
        errors++;
      }
    }
    if (data.TotalPieces !== void 0) {
      let data_TotalPieces = data.TotalPieces;
      if (!(typeof data_TotalPieces == "number" && (!(data_TotalPieces % 1) && !isNaN(data_TotalPieces)) && isFinite(data_TotalPieces))) {
        const err_a5a9b522 = { instancePath: instancePath + "/TotalPieces", schemaPath: "#/properties/TotalPieces/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_a5a9b522];
        } else {
          vErrors.push(err_a5a9b522);
        }
        errors++;
      }
    }
    if (data.TotalProcessed !== void 0) {
      let data_TotalProcessed = data.TotalProcessed;
      if (!(typeof data_TotalProcessed == "number" && (!(data_TotalProcessed % 1) && !isNaN(data_TotalProcessed)) && isFinite(data_TotalProcessed))) {
        const err_2f3edede = { instancePath: instancePath + "/TotalProcessed", schemaPath: "#/properties/TotalProcessed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_2f3edede];
        } else {
          vErrors.push(err_2f3edede);
        }
        errors++;
      }
    }
    if (data.Type !== void 0) {
      let data_Type = data.Type;
      if (typeof data_Type !== "string") {
        const err_5cf0c1de = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5cf0c1de];
        } else {
          vErrors.push(err_5cf0c1de);
        }
        errors++;
      }
      if (!(data_Type === "IMPORT")) {
        const err_6702e0b2 = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/enum", keyword: "enum", params: { allowedValues: schema_schemas_ImportJobResponse.properties.Type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_6702e0b2];
        } else {
          vErrors.push(err_6702e0b2);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ImportJobResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ImportJobResponse.evaluated = { "props": { "ApplicationId": true, "CompletedPieces": true, "CompletionDate": true, "CreationDate": true, "Definition": true, "FailedPieces": true, "Failures": true, "Id": true, "JobStatus": true, "TotalFailures": true, "TotalPieces": true, "TotalProcessed": true, "Type": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_ImportJobsResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ImportJobsResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Item !== void 0) {
      let data_Item = data.Item;
      if (Array.isArray(data_Item)) {
        const len0 = data_Item.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_ImportJobResponse(data_Item[i0], { instancePath: instancePath + "/Item/" + i0, parentData: data_Item, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_ImportJobResponse.errors : vErrors.concat(validate_schemas_ImportJobResponse.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_396bd49f = { instancePath: instancePath + "/Item", schemaPath: "#/properties/Item/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_396bd49f];
        } else {
          vErrors.push(err_396bd49f);
        }
        errors++;
      }
    }
    if (data.NextToken !== void 0) {
      if (typeof data.NextToken !== "string") {
        const err_254606cf = { instancePath: instancePath + "/NextToken", schemaPath: "#/properties/NextToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_254606cf];
        } else {
          vErrors.push(err_254606cf);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ImportJobsResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_ImportJobsResponse.evaluated = { "props": { "Item": true, "NextToken": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_ImportJobRequest = {
  "type": "object",
  "properties": {
    "DefineSegment": {
      "type": "boolean"
    },
    "ExternalId": {
      "type": "string"
    },
    "Format": {
      "type": "string",
      "enum": [
        "CSV",
        "JSON"
      ]
    },
    "RegisterEndpoints": {
      "type": "boolean"
    },
    "RoleArn": {
      "type": "string"
    },
    "S3Url": {
      "type": "string"
    },
    "SegmentId": {
      "type": "string"
    },
    "SegmentName": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/ImportJobRequest"
};
function validate_schemas_ImportJobRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ImportJobRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.DefineSegment !== void 0) {
      if (typeof data.DefineSegment !== "boolean") {
        const err_606c97a7 = { instancePath: instancePath + "/DefineSegment", schemaPath: "#/properties/DefineSegment/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_606c97a7];
        } else {
          vErrors.push(err_606c97a7);
        }
        errors++;
      }
    }
    if (data.ExternalId !== void 0) {
      if (typeof data.ExternalId !== "string") {
        const err_86d5ce1b = { instancePath: instancePath + "/ExternalId", schemaPath: "#/properties/ExternalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_86d5ce1b];
        } else {
          vErrors.push(err_86d5ce1b);
        }
        errors++;
      }
    }
    if (data.Format !== void 0) {
      let data_Format = data.Format;
      if (typeof data_Format !== "string") {
        const err_cb7cce5b = { instancePath: instancePath + "/Format", schemaPath: "#/properties/Format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_cb7cce5b];
        } else {
          vErrors.push(err_cb7cce5b);
        }
        errors++;
      }
      if (!(data_Format === "CSV" || data_Format === "JSON")) {
        const err_3f891ac8 = { instancePath: instancePath + "/Format", schemaPath: "#/properties/Format/enum", keyword: "enum", params: { allowedValues: schema_schemas_ImportJobRequest.properties.Format.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_3f891ac8];
        } else {
          vErrors.push(err_3f891ac8);
        }
        errors++;
      }
    }
    if (data.RegisterEndpoints !== void 0) {
      if (typeof data.RegisterEndpoints !== "boolean") {
        const err_f2b0c344 = { instancePath: instancePath + "/RegisterEndpoints", schemaPath: "#/properties/RegisterEndpoints/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_f2b0c344];
        } else {
          vErrors.push(err_f2b0c344);
        }
        errors++;
      }
    }
    if (data.RoleArn !== void 0) {
      if (typeof data.RoleArn !== "string") {
        const err_21834f4f = { instancePath: instancePath + "/RoleArn", schemaPath: "#/properties/RoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_21834f4f];
        } else {
          vErrors.push(err_21834f4f);
        }
        errors++;
      }
    }
    if (data.S3Url !== void 0) {
      if (typeof data.S3Url !== "string") {
        const err_834912fd = { instancePath: instancePath + "/S3Url", schemaPath: "#/properties/S3Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_834912fd];
        } else {
          vErrors.push(err_834912fd);
        }
        errors++;
      }
    }
    if (data.SegmentId !== void 0) {
      if (typeof data.SegmentId !== "string") {
        const err_892a384b = { instancePath: instancePath + "/SegmentId", schemaPath: "#/properties/SegmentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_892a384b];
        } else {
          vErrors.push(err_892a384b);
        }
        errors++;
      }
    }
    if (data.SegmentName !== void 0) {
      if (typeof data.SegmentName !== "string") {
        const err_a7d3ddea = { instancePath: instancePath + "/SegmentName", schemaPath: "#/properties/SegmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_a7d3ddea];
        } else {
          vErrors.push(err_a7d3ddea);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ImportJobRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_ImportJobRequest.evaluated = { "props": { "DefineSegment": true, "ExternalId": true, "Format": true, "RegisterEndpoints": true, "RoleArn": true, "S3Url": true, "SegmentId": true, "SegmentName": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_DefaultMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_DefaultMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_DefaultMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_DefaultMessage.evaluated = { "props": { "Body": true, "Substitutions": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_DefaultPushNotificationMessage = {
  "type": "object",
  "properties": {
    "Body": {
      "type": "string"
    },
    "Substitutions": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "Title": {
      "type": "string"
    },
    "Action": {
      "type": "string",
      "enum": [
        "OPEN_APP",
        "DEEP_LINK",
        "URL"
      ]
    },
    "Url": {
      "type": "string"
    },
    "SilentPush": {
      "type": "boolean"
    },
    "Data": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    }
  },
  "$id": "https://openapi.invalid/schemas/DefaultPushNotificationMessage"
};
function validate_schemas_DefaultPushNotificationMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_DefaultPushNotificationMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.Title !== void 0) {
      if (typeof data.Title !== "string") {
        const err_7f5573fa = { instancePath: instancePath + "/Title", schemaPath: "#/properties/Title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7f5573fa];
        } else {
          vErrors.push(err_7f5573fa);
        }
        errors++;
      }
    }
    if (data.Action !== void 0) {
      let data_Action = data.Action;
      if (typeof data_Action !== "string") {
        const err_b17dc498 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b17dc498];
        } else {
          vErrors.push(err_b17dc498);
        }
        errors++;
      }
      if (!(data_Action === "OPEN_APP" || data_Action === "DEEP_LINK" || data_Action === "URL")) {
        const err_2d2c10fb = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/enum", keyword: "enum", params: { allowedValues: schema_schemas_DefaultPushNotificationMessage.properties.Action.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_2d2c10fb];
        } else {
          vErrors.push(err_2d2c10fb);
        }
        errors++;
      }
    }
    if (data.Url !== void 0) {
      if (typeof data.Url !== "string") {
        const err_905b7cbe = { instancePath: instancePath + "/Url", schemaPath: "#/properties/Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_905b7cbe];
        } else {
          vErrors.push(err_905b7cbe);
        }
        errors++;
      }
    }
    if (data.SilentPush !== void 0) {
      if (typeof data.SilentPush !== "boolean") {
        const err_40d9f770 = { instancePath: instancePath + "/SilentPush", schemaPath: "#/properties/SilentPush/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_40d9f770];
        } else {
          vErrors.push(err_40d9f770);
        }
        errors++;
      }
    }
    if (data.Data !== void 0) {
      let data_Data = data.Data;
      if (data_Data && typeof data_Data == "object" && !Array.isArray(data_Data)) {
        for (const key1 in data_Data) {
          if (typeof data_Data[key1] !== "string") {
            const err_bc17c56d = { instancePath: instancePath + "/Data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Data/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_bc17c56d];
            } else {
              vErrors.push(err_bc17c56d);
            }
            errors++;
          }
        }
      } else {
        const err_9173ecb4 = { instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_9173ecb4];
        } else {
          vErrors.push(err_9173ecb4);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_DefaultPushNotificationMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_DefaultPushNotificationMessage.evaluated = { "props": { "Body": true, "Substitutions": true, "Title": true, "Action": true, "Url": true, "SilentPush": true, "Data": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_APNSMessage = {
  "type": "object",
  "properties": {
    "Body": {
      "type": "string"
    },
    "Substitutions": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "Title": {
      "type": "string"
    },
    "Action": {
      "type": "string",
      "enum": [
        "OPEN_APP",
        "DEEP_LINK",
        "URL"
      ]
    },
    "Url": {
      "type": "string"
    },
    "SilentPush": {
      "type": "boolean"
    },
    "Data": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "MediaUrl": {
      "type": "string"
    },
    "Sound": {
      "type": "string"
    },
    "Badge": {
      "type": "integer"
    },
    "Category": {
      "type": "string"
    },
    "ThreadId": {
      "type": "string"
    },
    "RawContent": {
      "type": "string"
    },
    "PreferredAuthenticationMethod": {
      "type": "string",
      "enum": [
        "CERTIFICATE",
        "TOKEN"
      ]
    },
    "TimeToLive": {
      "type": "integer"
    },
    "Priority": {
      "type": "string",
      "enum": [
        "5",
        "10",
        "normal",
        "high"
      ]
    },
    "CollapseId": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/APNSMessage"
};
function validate_schemas_APNSMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_APNSMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.Title !== void 0) {
      if (typeof data.Title !== "string") {
        const err_7f5573fa = { instancePath: instancePath + "/Title", schemaPath: "#/properties/Title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7f5573fa];
        } else {
          vErrors.push(err_7f5573fa);
        }
        errors++;
      }
    }
    if (data.Action !== void 0) {
      let data_Action = data.Action;
      if (typeof data_Action !== "string") {
        const err_b17dc498 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b17dc498];
        } else {
          vErrors.push(err_b17dc498);
        }
        errors++;
      }
      if (!(data_Action === "OPEN_APP" || data_Action === "DEEP_LINK" || data_Action === "URL")) {
        const err_c675118e = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/enum", keyword: "enum", params: { allowedValues: schema_schemas_APNSMessage.properties.Action.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_c675118e];
        } else {
          vErrors.push(err_c675118e);
        }
        errors++;
      }
    }
    if (data.Url !== void 0) {
      if (typeof data.Url !== "string") {
        const err_905b7cbe = { instancePath: instancePath + "/Url", schemaPath: "#/properties/Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_905b7cbe];
        } else {
          vErrors.push(err_905b7cbe);
        }
        errors++;
      }
    }
    if (data.SilentPush !== void 0) {
      if (typeof data.SilentPush !== "boolean") {
        const err_40d9f770 = { instancePath: instancePath + "/SilentPush", schemaPath: "#/properties/SilentPush/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_40d9f770];
        } else {
          vErrors.push(err_40d9f770);
        }
        errors++;
      }
    }
    if (data.Data !== void 0) {
      let data_Data = data.Data;
      if (data_Data && typeof data_Data == "object" && !Array.isArray(data_Data)) {
        for (const key1 in data_Data) {
          if (typeof data_Data[key1] !== "string") {
            const err_bc17c56d = { instancePath: instancePath + "/Data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Data/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_bc17c56d];
            } else {
              vErrors.push(err_bc17c56d);
            }
            errors++;
          }
        }
      } else {
        const err_9173ecb4 = { instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_9173ecb4];
        } else {
          vErrors.push(err_9173ecb4);
        }
        errors++;
      }
    }
    if (data.MediaUrl !== void 0) {
      if (typeof data.MediaUrl !== "string") {
        const err_773420a9 = { instancePath: instancePath + "/MediaUrl", schemaPath: "#/properties/MediaUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_773420a9];
        } else {
          vErrors.push(err_773420a9);
        }
        errors++;
      }
    }
    if (data.Sound !== void 0) {
      if (typeof data.Sound !== "string") {
        const err_6bf13771 = { instancePath: instancePath + "/Sound", schemaPath: "#/properties/Sound/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6bf13771];
        } else {
          vErrors.push(err_6bf13771);
        }
        errors++;
      }
    }
    if (data.Badge !== void 0) {
      let data_Badge = data.Badge;
      if (!(typeof data_Badge == "number" && (!(data_Badge % 1) && !isNaN(data_Badge)) && isFinite(data_Badge))) {
        const err_e715fbc8 = { instancePath: instancePath + "/Badge", schemaPath: "#/properties/Badge/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e715fbc8];
        } else {
          vErrors.push(err_e715fbc8);
        }
        errors++;
      }
    }
    if (data.Category !== void 0) {
      if (typeof data.Category !== "string") {
        const err_52affb5f = { instancePath: instancePath + "/Category", schemaPath: "#/properties/Category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_52affb5f];
        } else {
          vErrors.push(err_52affb5f);
        }
        errors++;
      }
    }
    if (data.ThreadId !== void 0) {
      if (typeof data.ThreadId !== "string") {
        const err_75a85f83 = { instancePath: instancePath + "/ThreadId", schemaPath: "#/properties/ThreadId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_75a85f83];
        } else {
          vErrors.push(err_75a85f83);
        }
        errors++;
      }
    }
    if (data.RawContent !== void 0) {
      if (typeof data.RawContent !== "string") {
        const err_75f5137c = { instancePath: instancePath + "/RawContent", schemaPath: "#/properties/RawContent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_75f5137c];
        } else {
          vErrors.push(err_75f5137c);
        }
        errors++;
      }
    }
    if (data.PreferredAuthenticationMethod !== void 0) {
      let data_PreferredAuthenticationMethod = data.PreferredAuthenticationMethod;
      if (typeof data_PreferredAuthenticationMethod !== "string") {
        const err_325d48d6 = { instancePath: instancePath + "/PreferredAuthenticationMethod", schemaPath: "#/properties/PreferredAuthenticationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_325d48d6];
        } else {
          vErrors.push(err_325d48d6);
        }
        errors++;
      }
      if (!(data_PreferredAuthenticationMethod === "CERTIFICATE" || data_PreferredAuthenticationMethod === "TOKEN")) {
        const err_edad1fe9 = { instancePath: instancePath + "/PreferredAuthenticationMethod", schemaPath: "#/properties/PreferredAuthenticationMethod/enum", keyword: "enum", params: { allowedValues: schema_schemas_APNSMessage.properties.PreferredAuthenticationMethod.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_edad1fe9];
        } else {
          vErrors.push(err_edad1fe9);
        }
        errors++;
      }
    }
    if (data.TimeToLive !== void 0) {
      let data_TimeToLive = data.TimeToLive;
      if (!(typeof data_TimeToLive == "number" && (!(data_TimeToLive % 1) && !isNaN(data_TimeToLive)) && isFinite(data_TimeToLive))) {
        const err_c7547872 = { instancePath: instancePath + "/TimeToLive", schemaPath: "#/properties/TimeToLive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_c7547872];
        } else {
          vErrors.push(err_c7547872);
        }
        errors++;
      }
    }
    if (data.Priority !== void 0) {
      let data_Priority = data.Priority;
      if (typeof data_Priority !== "string") {
        const err_66e3fa20 = { instancePath: instancePath + "/Priority", schemaPath: "#/properties/Priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_66e3fa20];
        } else {
          vErrors.push(err_66e3fa20);
        }
        errors++;
      }
      if (!(data_Priority === "5" || data_Priority === "10" || data_Priority === "normal" || data_Priority === "high")) {
        const err_ec762c38 = { instancePath: instancePath + "/Priority", schemaPath: "#/properties/Priority/enum", keyword: "enum", params: { allowedValues: schema_schemas_APNSMessage.properties.Priority.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_ec762c38];
        } else {
          vErrors.push(err_ec762c38);
        }
        errors++;
      }
    }
    if (data.CollapseId !== void 0) {
      if (typeof data.CollapseId !== "string") {
        const err_35e3ed99 = { instancePath: instancePath + "/CollapseId", schemaPath: "#/properties/CollapseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_35e3ed99];
        } else {
          vErrors.push(err_35e3ed99);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_APNSMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_APNSMessage.evaluated = { "props": { "Body": true, "Substitutions": true, "Title": true, "Action": true, "Url": true, "SilentPush": true, "Data": true, "MediaUrl": true, "Sound": true, "Badge": true, "Category": true, "ThreadId": true, "RawContent": true, "PreferredAuthenticationMethod": true, "TimeToLive": true, "Priority": true, "CollapseId": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_GCMMessage = {
  "type": "object",
  "properties": {
    "Body": {
      "type": "string"
    },
    "Substitutions": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "Title": {
      "type": "string"
    },
    "Action": {
      "type": "string",
      "enum": [
        "OPEN_APP",
        "DEEP_LINK",
        "URL"
      ]
    },
    "Url": {
      "type": "string"
    },
    "SilentPush": {
      "type": "boolean"
    },
    "Data": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "IconReference": {
      "type": "string"
    },
    "Sound": {
      "type": "string"
    },
    "ImageUrl": {
      "type": "string"
    },
    "ImageIconUrl": {
      "type": "string"
    },
    "SmallImageIconUrl": {
      "type": "string"
    },
    "RawContent": {
      "type": "string"
    },
    "CollapseKey": {
      "type": "string"
    },
    "RestrictedPackageName": {
      "type": "string"
    },
    "TimeToLive": {
      "type": "integer"
    },
    "Priority": {
      "type": "string",
      "enum": [
        "normal",
        "high",
        "5",
        "10"
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/GCMMessage"
};
function validate_schemas_GCMMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_GCMMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.Title !== void 0) {
      if (typeof data.Title !== "string") {
        const err_7f5573fa = { instancePath: instancePath + "/Title", schemaPath: "#/properties/Title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7f5573fa];
        } else {
          vErrors.push(err_7f5573fa);
        }
        errors++;
      }
    }
    if (data.Action !== void 0) {
      let data_Action = data.Action;
      if (typeof data_Action !== "string") {
        const err_b17dc498 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b17dc498];
        } else {
          vErrors.push(err_b17dc498);
        }
        errors++;
      }
      if (!(data_Action === "OPEN_APP" || data_Action === "DEEP_LINK" || data_Action === "URL")) {
        const err_bde3f56d = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/enum", keyword: "enum", params: { allowedValues: schema_schemas_GCMMessage.properties.Action.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_bde3f56d];
        } else {
          vErrors.push(err_bde3f56d);
        }
        errors++;
      }
    }
    if (data.Url !== void 0) {
      if (typeof data.Url !== "string") {
        const err_905b7cbe = { instancePath: instancePath + "/Url", schemaPath: "#/properties/Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_905b7cbe];
        } else {
          vErrors.push(err_905b7cbe);
        }
        errors++;
      }
    }
    if (data.SilentPush !== void 0) {
      if (typeof data.SilentPush !== "boolean") {
        const err_40d9f770 = { instancePath: instancePath + "/SilentPush", schemaPath: "#/properties/SilentPush/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_40d9f770];
        } else {
          vErrors.push(err_40d9f770);
        }
        errors++;
      }
    }
    if (data.Data !== void 0) {
      let data_Data = data.Data;
      if (data_Data && typeof data_Data == "object" && !Array.isArray(data_Data)) {
        for (const key1 in data_Data) {
          if (typeof data_Data[key1] !== "string") {
            const err_bc17c56d = { instancePath: instancePath + "/Data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Data/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_bc17c56d];
            } else {
              vErrors.push(err_bc17c56d);
            }
            errors++;
          }
        }
      } else {
        const err_9173ecb4 = { instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_9173ecb4];
        } else {
          vErrors.push(err_9173ecb4);
        }
        errors++;
      }
    }
    if (data.IconReference !== void 0) {
      if (typeof data.IconReference !== "string") {
        const err_0f3e631a = { instancePath: instancePath + "/IconReference", schemaPath: "#/properties/IconReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0f3e631a];
        } else {
          vErrors.push(err_0f3e631a);
        }
        errors++;
      }
    }
    if (data.Sound !== void 0) {
      if (typeof data.Sound !== "string") {
        const err_6bf13771 = { instancePath: instancePath + "/Sound", schemaPath: "#/properties/Sound/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6bf13771];
        } else {
          vErrors.push(err_6bf13771);
        }
        errors++;
      }
    }
    if (data.ImageUrl !== void 0) {
      if (typeof data.ImageUrl !== "string") {
        const err_b76b3c34 = { instancePath: instancePath + "/ImageUrl", schemaPath: "#/properties/ImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b76b3c34];
        } else {
          vErrors.push(err_b76b3c34);
        }
        errors++;
      }
    }
    if (data.ImageIconUrl !== void 0) {
      if (typeof data.ImageIconUrl !== "string") {
        const err_3b9b3e34 = { instancePath: instancePath + "/ImageIconUrl", schemaPath: "#/properties/ImageIconUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3b9b3e34];
        } else {
          vErrors.push(err_3b9b3e34);
        }
        errors++;
      }
    }
    if (data.SmallImageIconUrl !== void 0) {
      if (typeof data.SmallImageIconUrl !== "string") {
        const err_ea6ce163 = { instancePath: instancePath + "/SmallImageIconUrl", schemaPath: "#/properties/SmallImageIconUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ea6ce163];
        } else {
          vErrors.push(err_ea6ce163);
        }
        errors++;
      }
    }
    if (data.RawContent !== void 0) {
      if (typeof data.RawContent !== "string") {
        const err_75f5137c = { instancePath: instancePath + "/RawContent", schemaPath: "#/properties/RawContent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_75f5137c];
        } else {
          vErrors.push(err_75f5137c);
        }
        errors++;
      }
    }
    if (data.CollapseKey !== void 0) {
      if (typeof data.CollapseKey !== "string") {
        const err_28391e81 = { instancePath: instancePath + "/CollapseKey", schemaPath: "#/properties/CollapseKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_28391e81];
        } else {
          vErrors.push(err_28391e81);
        }
        errors++;
      }
    }
    if (data.RestrictedPackageName !== void 0) {
      if (typeof data.RestrictedPackageName !== "string") {
        const err_110f38ac = { instancePath: instancePath + "/RestrictedPackageName", schemaPath: "#/properties/RestrictedPackageName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_110f38ac];
        } else {
          vErrors.push(err_110f38ac);
        }
        errors++;
      }
    }
    if (data.TimeToLive !== void 0) {
      let data_TimeToLive = data.TimeToLive;
      if (!(typeof data_TimeToLive == "number" && (!(data_TimeToLive % 1) && !isNaN(data_TimeToLive)) && isFinite(data_TimeToLive))) {
        const err_c7547872 = { instancePath: instancePath + "/TimeToLive", schemaPath: "#/properties/TimeToLive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_c7547872];
        } else {
          vErrors.push(err_c7547872);
        }
        errors++;
      }
    }
    if (data.Priority !== void 0) {
      let data_Priority = data.Priority;
      if (typeof data_Priority !== "string") {
        const err_66e3fa20 = { instancePath: instancePath + "/Priority", schemaPath: "#/properties/Priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_66e3fa20];
        } else {
          vErrors.push(err_66e3fa20);
        }
        errors++;
      }
      if (!(data_Priority === "normal" || data_Priority === "high" || data_Priority === "5" || data_Priority === "10")) {
        const err_7ecce02d = { instancePath: instancePath + "/Priority", schemaPath: "#/properties/Priority/enum", keyword: "enum", params: { allowedValues: schema_schemas_GCMMessage.properties.Priority.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_7ecce02d];
        } else {
          vErrors.push(err_7ecce02d);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_GCMMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_GCMMessage.evaluated = { "props": { "Body": true, "Substitutions": true, "Title": true, "Action": true, "Url": true, "SilentPush": true, "Data": true, "IconReference": true, "Sound": true, "ImageUrl": true, "ImageIconUrl": true, "SmallImageIconUrl": true, "RawContent": true, "CollapseKey": true, "RestrictedPackageName": true, "TimeToLive": true, "Priority": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_BaiduMessage = {
  "type": "object",
  "properties": {
    "Body": {
      "type": "string"
    },
    "Substitutions": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "Title": {
      "type": "string"
    },
    "Action": {
      "type": "string",
      "enum": [
        "OPEN_APP",
        "DEEP_LINK",
        "URL"
      ]
    },
    "Url": {
      "type": "string"
    },
    "SilentPush": {
      "type": "boolean"
    },
    "Data": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "IconReference": {
      "type": "string"
    },
    "Sound": {
      "type": "string"
    },
    "ImageUrl": {
      "type": "string"
    },
    "ImageIconUrl": {
      "type": "string"
    },
    "SmallImageIconUrl": {
      "type": "string"
    },
    "RawContent": {
      "type": "string"
    },
    "TimeToLive": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/BaiduMessage"
};
function validate_schemas_BaiduMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_BaiduMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.Title !== void 0) {
      if (typeof data.Title !== "string") {
        const err_7f5573fa = { instancePath: instancePath + "/Title", schemaPath: "#/properties/Title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7f5573fa];
        } else {
          vErrors.push(err_7f5573fa);
        }
        errors++;
      }
    }
    if (data.Action !== void 0) {
      let data_Action = data.Action;
      if (typeof data_Action !== "string") {
        const err_b17dc498 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b17dc498];
        } else {
          vErrors.push(err_b17dc498);
        }
        errors++;
      }
      if (!(data_Action === "OPEN_APP" || data_Action === "DEEP_LINK" || data_Action === "URL")) {
        const err_c4b589cf = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/enum", keyword: "enum", params: { allowedValues: schema_schemas_BaiduMessage.properties.Action.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_c4b589cf];
        } else {
          vErrors.push(err_c4b589cf);
        }
        errors++;
      }
    }
    if (data.Url !== void 0) {
      if (typeof data.Url !== "string") {
        const err_905b7cbe = { instancePath: instancePath + "/Url", schemaPath: "#/properties/Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_905b7cbe];
        } else {
          vErrors.push(err_905b7cbe);
        }
        errors++;
      }
    }
    if (data.SilentPush !== void 0) {
      if (typeof data.SilentPush !== "boolean") {
        const err_40d9f770 = { instancePath: instancePath + "/SilentPush", schemaPath: "#/properties/SilentPush/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_40d9f770];
        } else {
          vErrors.push(err_40d9f770);
        }
        errors++;
      }
    }
    if (data.Data !== void 0) {
      let data_Data = data.Data;
      if (data_Data && typeof data_Data == "object" && !Array.isArray(data_Data)) {
        for (const key1 in data_Data) {
          if (typeof data_Data[key1] !== "string") {
            const err_bc17c56d = { instancePath: instancePath + "/Data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Data/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_bc17c56d];
            } else {
              vErrors.push(err_bc17c56d);
            }
            errors++;
          }
        }
      } else {
        const err_9173ecb4 = { instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_9173ecb4];
        } else {
          vErrors.push(err_9173ecb4);
        }
        errors++;
      }
    }
    if (data.IconReference !== void 0) {
      if (typeof data.IconReference !== "string") {
        const err_0f3e631a = { instancePath: instancePath + "/IconReference", schemaPath: "#/properties/IconReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0f3e631a];
        } else {
          vErrors.push(err_0f3e631a);
        }
        errors++;
      }
    }
    if (data.Sound !== void 0) {
      if (typeof data.Sound !== "string") {
        const err_6bf13771 = { instancePath: instancePath + "/Sound", schemaPath: "#/properties/Sound/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6bf13771];
        } else {
          vErrors.push(err_6bf13771);
        }
        errors++;
      }
    }
    if (data.ImageUrl !== void 0) {
      if (typeof data.ImageUrl !== "string") {
        const err_b76b3c34 = { instancePath: instancePath + "/ImageUrl", schemaPath: "#/properties/ImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b76b3c34];
        } else {
          vErrors.push(err_b76b3c34);
        }
        errors++;
      }
    }
    if (data.ImageIconUrl !== void 0) {
      if (typeof data.ImageIconUrl !== "string") {
        const err_3b9b3e34 = { instancePath: instancePath + "/ImageIconUrl", schemaPath: "#/properties/ImageIconUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3b9b3e34];
        } else {
          vErrors.push(err_3b9b3e34);
        }
        errors++;
      }
    }
    if (data.SmallImageIconUrl !== void 0) {
      if (typeof data.SmallImageIconUrl !== "string") {
        const err_ea6ce163 = { instancePath: instancePath + "/SmallImageIconUrl", schemaPath: "#/properties/SmallImageIconUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ea6ce163];
        } else {
          vErrors.push(err_ea6ce163);
        }
        errors++;
      }
    }
    if (data.RawContent !== void 0) {
      if (typeof data.RawContent !== "string") {
        const err_75f5137c = { instancePath: instancePath + "/RawContent", schemaPath: "#/properties/RawContent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_75f5137c];
        } else {
          vErrors.push(err_75f5137c);
        }
        errors++;
      }
    }
    if (data.TimeToLive !== void 0) {
      let data_TimeToLive = data.TimeToLive;
      if (!(typeof data_TimeToLive == "number" && (!(data_TimeToLive % 1) && !isNaN(data_TimeToLive)) && isFinite(data_TimeToLive))) {
        const err_c7547872 = { instancePath: instancePath + "/TimeToLive", schemaPath: "#/properties/TimeToLive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_c7547872];
        } else {
          vErrors.push(err_c7547872);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_BaiduMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_BaiduMessage.evaluated = { "props": { "Body": true, "Substitutions": true, "Title": true, "Action": true, "Url": true, "SilentPush": true, "Data": true, "IconReference": true, "Sound": true, "ImageUrl": true, "ImageIconUrl": true, "SmallImageIconUrl": true, "RawContent": true, "TimeToLive": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_ADMMessage = {
  "type": "object",
  "properties": {
    "Body": {
      "type": "string"
    },
    "Substitutions": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "Title": {
      "type": "string"
    },
    "Action": {
      "type": "string",
      "enum": [
        "OPEN_APP",
        "DEEP_LINK",
        "URL"
      ]
    },
    "Url": {
      "type": "string"
    },
    "SilentPush": {
      "type": "boolean"
    },
    "Data": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "IconReference": {
      "type": "string"
    },
    "Sound": {
      "type": "string"
    },
    "ImageUrl": {
      "type": "string"
    },
    "ImageIconUrl": {
      "type": "string"
    },
    "SmallImageIconUrl": {
      "type": "string"
    },
    "RawContent": {
      "type": "string"
    },
    "ConsolidationKey": {
      "type": "string"
    },
    "ExpiresAfter": {
      "type": "string"
    },
    "MD5": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/ADMMessage"
};
function validate_schemas_ADMMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ADMMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.Title !== void 0) {
      if (typeof data.Title !== "string") {
        const err_7f5573fa = { instancePath: instancePath + "/Title", schemaPath: "#/properties/Title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7f5573fa];
        } else {
          vErrors.push(err_7f5573fa);
        }
        errors++;
      }
    }
    if (data.Action !== void 0) {
      let data_Action = data.Action;
      if (typeof data_Action !== "string") {
        const err_b17dc498 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b17dc498];
        } else {
          vErrors.push(err_b17dc498);
        }
        errors++;
      }
      if (!(data_Action === "OPEN_APP" || data_Action === "DEEP_LINK" || data_Action === "URL")) {
        const err_df94b5c3 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/enum", keyword: "enum", params: { allowedValues: schema_schemas_ADMMessage.properties.Action.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_df94b5c3];
        } else {
          vErrors.push(err_df94b5c3);
        }
        errors++;
      }
    }
    if (data.Url !== void 0) {
      if (typeof data.Url !== "string") {
        const err_905b7cbe = { instancePath: instancePath + "/Url", schemaPath: "#/properties/Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_905b7cbe];
        } else {
          vErrors.push(err_905b7cbe);
        }
        errors++;
      }
    }
    if (data.SilentPush !== void 0) {
      if (typeof data.SilentPush !== "boolean") {
        const err_40d9f770 = { instancePath: instancePath + "/SilentPush", schemaPath: "#/properties/SilentPush/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_40d9f770];
        } else {
          vErrors.push(err_40d9f770);
        }
        errors++;
      }
    }
    if (data.Data !== void 0) {
      let data_Data = data.Data;
      if (data_Data && typeof data_Data == "object" && !Array.isArray(data_Data)) {
        for (const key1 in data_Data) {
          if (typeof data_Data[key1] !== "string") {
            const err_bc17c56d = { instancePath: instancePath + "/Data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Data/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_bc17c56d];
            } else {
              vErrors.push(err_bc17c56d);
            }
            errors++;
          }
        }
      } else {
        const err_9173ecb4 = { instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_9173ecb4];
        } else {
          vErrors.push(err_9173ecb4);
        }
        errors++;
      }
    }
    if (data.IconReference !== void 0) {
      if (typeof data.IconReference !== "string") {
        const err_0f3e631a = { instancePath: instancePath + "/IconReference", schemaPath: "#/properties/IconReference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0f3e631a];
        } else {
          vErrors.push(err_0f3e631a);
        }
        errors++;
      }
    }
    if (data.Sound !== void 0) {
      if (typeof data.Sound !== "string") {
        const err_6bf13771 = { instancePath: instancePath + "/Sound", schemaPath: "#/properties/Sound/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6bf13771];
        } else {
          vErrors.push(err_6bf13771);
        }
        errors++;
      }
    }
    if (data.ImageUrl !== void 0) {
      if (typeof data.ImageUrl !== "string") {
        const err_b76b3c34 = { instancePath: instancePath + "/ImageUrl", schemaPath: "#/properties/ImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b76b3c34];
        } else {
          vErrors.push(err_b76b3c34);
        }
        errors++;
      }
    }
    if (data.ImageIconUrl !== void 0) {
      if (typeof data.ImageIconUrl !== "string") {
        const err_3b9b3e34 = { instancePath: instancePath + "/ImageIconUrl", schemaPath: "#/properties/ImageIconUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3b9b3e34];
        } else {
          vErrors.push(err_3b9b3e34);
        }
        errors++;
      }
    }
    if (data.SmallImageIconUrl !== void 0) {
      if (typeof data.SmallImageIconUrl !== "string") {
        const err_ea6ce163 = { instancePath: instancePath + "/SmallImageIconUrl", schemaPath: "#/properties/SmallImageIconUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ea6ce163];
        } else {
          vErrors.push(err_ea6ce163);
        }
        errors++;
      }
    }
    if (data.RawContent !== void 0) {
      if (typeof data.RawContent !== "string") {
        const err_75f5137c = { instancePath: instancePath + "/RawContent", schemaPath: "#/properties/RawContent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_75f5137c];
        } else {
          vErrors.push(err_75f5137c);
        }
        errors++;
      }
    }
    if (data.ConsolidationKey !== void 0) {
      if (typeof data.ConsolidationKey !== "string") {
        const err_ee11dd42 = { instancePath: instancePath + "/ConsolidationKey", schemaPath: "#/properties/ConsolidationKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ee11dd42];
        } else {
          vErrors.push(err_ee11dd42);
        }
        errors++;
      }
    }
    if (data.ExpiresAfter !== void 0) {
      if (typeof data.ExpiresAfter !== "string") {
        const err_53b3acaf = { instancePath: instancePath + "/ExpiresAfter", schemaPath: "#/properties/ExpiresAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_53b3acaf];
        } else {
          vErrors.push(err_53b3acaf);
        }
        errors++;
      }
    }
    if (data.MD5 !== void 0) {
      if (typeof data.MD5 !== "string") {
        const err_6230b38d = { instancePath: instancePath + "/MD5", schemaPath: "#/properties/MD5/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6230b38d];
        } else {
          vErrors.push(err_6230b38d);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ADMMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_ADMMessage.evaluated = { "props": { "Body": true, "Substitutions": true, "Title": true, "Action": true, "Url": true, "SilentPush": true, "Data": true, "IconReference": true, "Sound": true, "ImageUrl": true, "ImageIconUrl": true, "SmallImageIconUrl": true, "RawContent": true, "ConsolidationKey": true, "ExpiresAfter": true, "MD5": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SimpleEmailPart(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SimpleEmailPart.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Data !== void 0) {
      if (typeof data.Data !== "string") {
        const err_10403f04 = { instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_10403f04];
        } else {
          vErrors.push(err_10403f04);
        }
        errors++;
      }
    }
    if (data.Charset !== void 0) {
      if (typeof data.Charset !== "string") {
        const err_c5a20d59 = { instancePath: instancePath + "/Charset", schemaPath: "#/properties/Charset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_c5a20d59];
        } else {
          vErrors.push(err_c5a20d59);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SimpleEmailPart.errors = vErrors;
  return errors === 0;
}
validate_schemas_SimpleEmailPart.evaluated = { "props": { "Data": true, "Charset": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SimpleEmail(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SimpleEmail.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Subject !== void 0) {
      if (!validate_schemas_SimpleEmailPart(data.Subject, { instancePath: instancePath + "/Subject", parentData: data, parentDataProperty: "Subject", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SimpleEmailPart.errors : vErrors.concat(validate_schemas_SimpleEmailPart.errors);
        errors = vErrors.length;
      }
    }
    if (data.TextPart !== void 0) {
      if (!validate_schemas_SimpleEmailPart(data.TextPart, { instancePath: instancePath + "/TextPart", parentData: data, parentDataProperty: "TextPart", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SimpleEmailPart.errors : vErrors.concat(validate_schemas_SimpleEmailPart.errors);
        errors = vErrors.length;
      }
    }
    if (data.HtmlPart !== void 0) {
      if (!validate_schemas_SimpleEmailPart(data.HtmlPart, { instancePath: instancePath + "/HtmlPart", parentData: data, parentDataProperty: "HtmlPart", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SimpleEmailPart.errors : vErrors.concat(validate_schemas_SimpleEmailPart.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SimpleEmail.errors = vErrors;
  return errors === 0;
}
validate_schemas_SimpleEmail.evaluated = { "props": { "Subject": true, "TextPart": true, "HtmlPart": true }, "dynamicProps": false, "dynamicItems": false };
const format_byte = fullFormats.byte;
function validate_schemas_RawEmail(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_RawEmail.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Data !== void 0) {
      let data_Data = data.Data;
      if (typeof data_Data === "string") {
        if (!format_byte(data_Data)) {
          const err_d01e4a4d = { instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/format", keyword: "format", params: { format: "byte" }, message: 'must match format "byte"' };
          if (vErrors === null) {
            vErrors = [err_d01e4a4d];
          } else {
            vErrors.push(err_d01e4a4d);
          }
          errors++;
        }
      } else {
        const err_10403f04 = { instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_10403f04];
        } else {
          vErrors.push(err_10403f04);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_RawEmail.errors = vErrors;
  return errors === 0;
}
validate_schemas_RawEmail.evaluated = { "props": { "Data": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EmailMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EmailMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.FromAddress !== void 0) {
      if (typeof data.FromAddress !== "string") {
        const err_72090783 = { instancePath: instancePath + "/FromAddress", schemaPath: "#/properties/FromAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_72090783];
        } else {
          vErrors.push(err_72090783);
        }
        errors++;
      }
    }
    if (data.FeedbackForwardingAddress !== void 0) {
      if (typeof data.FeedbackForwardingAddress !== "string") {
        const err_eede2251 = { instancePath: instancePath + "/FeedbackForwardingAddress", schemaPath: "#/properties/FeedbackForwardingAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_eede2251];
        } else {
          vErrors.push(err_eede2251);
        }
        errors++;
      }
    }
    if (data.ReplyToAddresses !== void 0) {
      let data_ReplyToAddresses = data.ReplyToAddresses;
      if (Array.isArray(data_ReplyToAddresses)) {
        const len1 = data_ReplyToAddresses.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data_ReplyToAddresses[i1] !== "string") {
            const err_c54bb5ab = { instancePath: instancePath + "/ReplyToAddresses/" + i1, schemaPath: "#/properties/ReplyToAddresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_c54bb5ab];
            } else {
              vErrors.push(err_c54bb5ab);
            }
            errors++;
          }
        }
      } else {
        const err_b7c91102 = { instancePath: instancePath + "/ReplyToAddresses", schemaPath: "#/properties/ReplyToAddresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_b7c91102];
        } else {
          vErrors.push(err_b7c91102);
        }
        errors++;
      }
    }
    if (data.SimpleEmail !== void 0) {
      if (!validate_schemas_SimpleEmail(data.SimpleEmail, { instancePath: instancePath + "/SimpleEmail", parentData: data, parentDataProperty: "SimpleEmail", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SimpleEmail.errors : vErrors.concat(validate_schemas_SimpleEmail.errors);
        errors = vErrors.length;
      }
    }
    if (data.RawEmail !== void 0) {
      if (!validate_schemas_RawEmail(data.RawEmail, { instancePath: instancePath + "/RawEmail", parentData: data, parentDataProperty: "RawEmail", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_RawEmail.errors : vErrors.concat(validate_schemas_RawEmail.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EmailMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_EmailMessage.evaluated = { "props": { "Body": true, "Substitutions": true, "FromAddress": true, "FeedbackForwardingAddress": true, "ReplyToAddresses": true, "SimpleEmail": true, "RawEmail": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_SMSMessage = {
  "type": "object",
  "properties": {
    "Body": {
      "type": "string"
    },
    "Substitutions": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "SenderId": {
      "type": "string"
    },
    "MessageType": {
      "type": "string",
      "enum": [
        "TRANSACTIONAL",
        "PROMOTIONAL"
      ]
    },
    "Keyword": {
      "type": "string"
    },
    "OriginationNumber": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/SMSMessage"
};
function validate_schemas_SMSMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SMSMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.SenderId !== void 0) {
      if (typeof data.SenderId !== "string") {
        const err_b6895b26 = { instancePath: instancePath + "/SenderId", schemaPath: "#/properties/SenderId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b6895b26];
        } else {
          vErrors.push(err_b6895b26);
        }
        errors++;
      }
    }
    if (data.MessageType !== void 0) {
      let data_MessageType = data.MessageType;
      if (typeof data_MessageType !== "string") {
        const err_8eb3dcf4 = { instancePath: instancePath + "/MessageType", schemaPath: "#/properties/MessageType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8eb3dcf4];
        } else {
          vErrors.push(err_8eb3dcf4);
        }
        errors++;
      }
      if (!(data_MessageType === "TRANSACTIONAL" || data_MessageType === "PROMOTIONAL")) {
        const err_62624d06 = { instancePath: instancePath + "/MessageType", schemaPath: "#/properties/MessageType/enum", keyword: "enum", params: { allowedValues: schema_schemas_SMSMessage.properties.MessageType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_62624d06];
        } else {
          vErrors.push(err_62624d06);
        }
        errors++;
      }
    }
    if (data.Keyword !== void 0) {
      if (typeof data.Keyword !== "string") {
        const err_17190f67 = { instancePath: instancePath + "/Keyword", schemaPath: "#/properties/Keyword/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_17190f67];
        } else {
          vErrors.push(err_17190f67);
        }
        errors++;
      }
    }
    if (data.OriginationNumber !== void 0) {
      if (typeof data.OriginationNumber !== "string") {
        const err_50e6ea6c = { instancePath: instancePath + "/OriginationNumber", schemaPath: "#/properties/OriginationNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_50e6ea6c];
        } else {
          vErrors.push(err_50e6ea6c);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SMSMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_SMSMessage.evaluated = { "props": { "Body": true, "Substitutions": true, "SenderId": true, "MessageType": true, "Keyword": true, "OriginationNumber": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_VoiceMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_VoiceMessage.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Body !== void 0) {
      if (typeof data.Body !== "string") {
        const err_d5a01774 = { instancePath: instancePath + "/Body", schemaPath: "#/properties/Body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d5a01774];
        } else {
          vErrors.push(err_d5a01774);
        }
        errors++;
      }
    }
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.LanguageCode !== void 0) {
      if (typeof data.LanguageCode !== "string") {
        const err_93db3802 = { instancePath: instancePath + "/LanguageCode", schemaPath: "#/properties/LanguageCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_93db3802];
        } else {
          vErrors.push(err_93db3802);
        }
        errors++;
      }
    }
    if (data.VoiceId !== void 0) {
      if (typeof data.VoiceId !== "string") {
        const err_fc41c851 = { instancePath: instancePath + "/VoiceId", schemaPath: "#/properties/VoiceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_fc41c851];
        } else {
          vErrors.push(err_fc41c851);
        }
        errors++;
      }
    }
    if (data.OriginationNumber !== void 0) {
      if (typeof data.OriginationNumber !== "string") {
        const err_50e6ea6c = { instancePath: instancePath + "/OriginationNumber", schemaPath: "#/properties/OriginationNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_50e6ea6c];
        } else {
          vErrors.push(err_50e6ea6c);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_VoiceMessage.errors = vErrors;
  return errors === 0;
}
validate_schemas_VoiceMessage.evaluated = { "props": { "Body": true, "Substitutions": true, "LanguageCode": true, "VoiceId": true, "OriginationNumber": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_DirectMessageConfiguration(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_DirectMessageConfiguration.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.DefaultMessage !== void 0) {
      if (!validate_schemas_DefaultMessage(data.DefaultMessage, { instancePath: instancePath + "/DefaultMessage", parentData: data, parentDataProperty: "DefaultMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_DefaultMessage.errors : vErrors.concat(validate_schemas_DefaultMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.DefaultPushNotificationMessage !== void 0) {
      if (!validate_schemas_DefaultPushNotificationMessage(data.DefaultPushNotificationMessage, { instancePath: instancePath + "/DefaultPushNotificationMessage", parentData: data, parentDataProperty: "DefaultPushNotificationMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_DefaultPushNotificationMessage.errors : vErrors.concat(validate_schemas_DefaultPushNotificationMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.APNSMessage !== void 0) {
      if (!validate_schemas_APNSMessage(data.APNSMessage, { instancePath: instancePath + "/APNSMessage", parentData: data, parentDataProperty: "APNSMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_APNSMessage.errors : vErrors.concat(validate_schemas_APNSMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.GCMMessage !== void 0) {
      if (!validate_schemas_GCMMessage(data.GCMMessage, { instancePath: instancePath + "/GCMMessage", parentData: data, parentDataProperty: "GCMMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_GCMMessage.errors : vErrors.concat(validate_schemas_GCMMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.BaiduMessage !== void 0) {
      if (!validate_schemas_BaiduMessage(data.BaiduMessage, { instancePath: instancePath + "/BaiduMessage", parentData: data, parentDataProperty: "BaiduMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_BaiduMessage.errors : vErrors.concat(validate_schemas_BaiduMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.ADMMessage !== void 0) {
      if (!validate_schemas_ADMMessage(data.ADMMessage, { instancePath: instancePath + "/ADMMessage", parentData: data, parentDataProperty: "ADMMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_ADMMessage.errors : vErrors.concat(validate_schemas_ADMMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.EmailMessage !== void 0) {
      if (!validate_schemas_EmailMessage(data.EmailMessage, { instancePath: instancePath + "/EmailMessage", parentData: data, parentDataProperty: "EmailMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_EmailMessage.errors : vErrors.concat(validate_schemas_EmailMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.SMSMessage !== void 0) {
      if (!validate_schemas_SMSMessage(data.SMSMessage, { instancePath: instancePath + "/SMSMessage", parentData: data, parentDataProperty: "SMSMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SMSMessage.errors : vErrors.concat(validate_schemas_SMSMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.VoiceMessage !== void 0) {
      if (!validate_schemas_VoiceMessage(data.VoiceMessage, { instancePath: instancePath + "/VoiceMessage", parentData: data, parentDataProperty: "VoiceMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_VoiceMessage.errors : vErrors.concat(validate_schemas_VoiceMessage.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_DirectMessageConfiguration.errors = vErrors;
  return errors === 0;
}
validate_schemas_DirectMessageConfiguration.evaluated = { "props": { "DefaultMessage": true, "DefaultPushNotificationMessage": true, "APNSMessage": true, "GCMMessage": true, "BaiduMessage": true, "ADMMessage": true, "EmailMessage": true, "SMSMessage": true, "VoiceMessage": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_Template(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_Template.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err_ab1258dd = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ab1258dd];
        } else {
          vErrors.push(err_ab1258dd);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_Template.errors = vErrors;
  return errors === 0;
}
validate_schemas_Template.evaluated = { "props": { "Name": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_TemplateConfiguration(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_TemplateConfiguration.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.SMSTemplate !== void 0) {
      if (!validate_schemas_Template(data.SMSTemplate, { instancePath: instancePath + "/SMSTemplate", parentData: data, parentDataProperty: "SMSTemplate", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Template.errors : vErrors.concat(validate_schemas_Template.errors);
        errors = vErrors.length;
      }
    }
    if (data.EmailTemplate !== void 0) {
      if (!validate_schemas_Template(data.EmailTemplate, { instancePath: instancePath + "/EmailTemplate", parentData: data, parentDataProperty: "EmailTemplate", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Template.errors : vErrors.concat(validate_schemas_Template.errors);
        errors = vErrors.length;
      }
    }
    if (data.PushTemplate !== void 0) {
      if (!validate_schemas_Template(data.PushTemplate, { instancePath: instancePath + "/PushTemplate", parentData: data, parentDataProperty: "PushTemplate", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_Template.errors : vErrors.concat(validate_schemas_Template.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_TemplateConfiguration.errors = vErrors;
  return errors === 0;
}
validate_schemas_TemplateConfiguration.evaluated = { "props": { "SMSTemplate": true, "EmailTemplate": true, "PushTemplate": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_AddressConfiguration = {
  "type": "object",
  "properties": {
    "Substitutions": {
      "type": "object",
      "additionalProperties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "Context": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "RawContent": {
      "type": "string"
    },
    "BodyOverride": {
      "type": "string"
    },
    "TitleOverride": {
      "type": "string"
    },
    "ChannelType": {
      "type": "string",
      "enum": [
        "GCM",
        "APNS",
        "APNS_SANDBOX",
        "APNS_VOIP",
        "APNS_VOIP_SANDBOX",
        "ADM",
        "SMS",
        "VOICE",
        "EMAIL",
        "BAIDU",
        "CUSTOM"
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/AddressConfiguration"
};
function validate_schemas_AddressConfiguration(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_AddressConfiguration.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.Context !== void 0) {
      let data_Context = data.Context;
      if (data_Context && typeof data_Context == "object" && !Array.isArray(data_Context)) {
        for (const key1 in data_Context) {
          if (typeof data_Context[key1] !== "string") {
            const err_30e41e0b = { instancePath: instancePath + "/Context/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Context/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_30e41e0b];
            } else {
              vErrors.push(err_30e41e0b);
            }
            errors++;
          }
        }
      } else {
        const err_4d3bd76f = { instancePath: instancePath + "/Context", schemaPath: "#/properties/Context/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4d3bd76f];
        } else {
          vErrors.push(err_4d3bd76f);
        }
        errors++;
      }
    }
    if (data.RawContent !== void 0) {
      if (typeof data.RawContent !== "string") {
        const err_75f5137c = { instancePath: instancePath + "/RawContent", schemaPath: "#/properties/RawContent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_75f5137c];
        } else {
          vErrors.push(err_75f5137c);
        }
        errors++;
      }
    }
    if (data.BodyOverride !== void 0) {
      if (typeof data.BodyOverride !== "string") {
        const err_a0c7d022 = { instancePath: instancePath + "/BodyOverride", schemaPath: "#/properties/BodyOverride/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_a0c7d022];
        } else {
          vErrors.push(err_a0c7d022);
        }
        errors++;
      }
    }
    if (data.TitleOverride !== void 0) {
      if (typeof data.TitleOverride !== "string") {
        const err_7dfd6d74 = { instancePath: instancePath + "/TitleOverride", schemaPath: "#/properties/TitleOverride/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7dfd6d74];
        } else {
          vErrors.push(err_7dfd6d74);
        }
        errors++;
      }
    }
    if (data.ChannelType !== void 0) {
      let data_ChannelType = data.ChannelType;
      if (typeof data_ChannelType !== "string") {
        const err_1fa85972 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1fa85972];
        } else {
          vErrors.push(err_1fa85972);
        }
        errors++;
      }
      if (!(data_ChannelType === "GCM" || data_ChannelType === "APNS" || data_ChannelType === "APNS_SANDBOX" || data_ChannelType === "APNS_VOIP" || data_ChannelType === "APNS_VOIP_SANDBOX" || data_ChannelType === "ADM" || data_ChannelType === "SMS" || data_ChannelType === "VOICE" || data_ChannelType === "EMAIL" || data_ChannelType === "BAIDU" || data_ChannelType === "CUSTOM")) {
        const err_6dd06294 = { instancePath: instancePath + "/ChannelType", schemaPath: "#/properties/ChannelType/enum", keyword: "enum", params: { allowedValues: schema_schemas_AddressConfiguration.properties.ChannelType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_6dd06294];
        } else {
          vErrors.push(err_6dd06294);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_AddressConfiguration.errors = vErrors;
  return errors === 0;
}
validate_schemas_AddressConfiguration.evaluated = { "props": { "Substitutions": true, "Context": true, "RawContent": true, "BodyOverride": true, "TitleOverride": true, "ChannelType": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EndpointSendConfiguration(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointSendConfiguration.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Substitutions !== void 0) {
      let data_Substitutions = data.Substitutions;
      if (data_Substitutions && typeof data_Substitutions == "object" && !Array.isArray(data_Substitutions)) {
        for (const key0 in data_Substitutions) {
          let data_Substitutions_value = data_Substitutions[key0];
          if (Array.isArray(data_Substitutions_value)) {
            const len0 = data_Substitutions_value.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data_Substitutions_value[i0] !== "string") {
                const err_ff9cbbdd = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/Substitutions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err_ff9cbbdd];
                } else {
                  vErrors.push(err_ff9cbbdd);
                }
                errors++;
              }
            }
          } else {
            const err_639589bb = { instancePath: instancePath + "/Substitutions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Substitutions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err_639589bb];
            } else {
              vErrors.push(err_639589bb);
            }
            errors++;
          }
        }
      } else {
        const err_d418f14f = { instancePath: instancePath + "/Substitutions", schemaPath: "#/properties/Substitutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_d418f14f];
        } else {
          vErrors.push(err_d418f14f);
        }
        errors++;
      }
    }
    if (data.Context !== void 0) {
      let data_Context = data.Context;
      if (data_Context && typeof data_Context == "object" && !Array.isArray(data_Context)) {
        for (const key1 in data_Context) {
          if (typeof data_Context[key1] !== "string") {
            const err_30e41e0b = { instancePath: instancePath + "/Context/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Context/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_30e41e0b];
            } else {
              vErrors.push(err_30e41e0b);
            }
            errors++;
          }
        }
      } else {
        const err_4d3bd76f = { instancePath: instancePath + "/Context", schemaPath: "#/properties/Context/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4d3bd76f];
        } else {
          vErrors.push(err_4d3bd76f);
        }
        errors++;
      }
    }
    if (data.RawContent !== void 0) {
      if (typeof data.RawContent !== "string") {
        const err_75f5137c = { instancePath: instancePath + "/RawContent", schemaPath: "#/properties/RawContent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_75f5137c];
        } else {
          vErrors.push(err_75f5137c);
        }
        errors++;
      }
    }
    if (data.BodyOverride !== void 0) {
      if (typeof data.BodyOverride !== "string") {
        const err_a0c7d022 = { instancePath: instancePath + "/BodyOverride", schemaPath: "#/properties/BodyOverride/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_a0c7d022];
        } else {
          vErrors.push(err_a0c7d022);
        }
        errors++;
      }
    }
    if (data.TitleOverride !== void 0) {
      if (typeof data.TitleOverride !== "string") {
        const err_7dfd6d74 = { instancePath: instancePath + "/TitleOverride", schemaPath: "#/properties/TitleOverride/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7dfd6d74];
        } else {
          vErrors.push(err_7dfd6d74);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointSendConfiguration.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointSendConfiguration.evaluated = { "props": { "Substitutions": true, "Context": true, "RawContent": true, "BodyOverride": true, "TitleOverride": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_MessageRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_MessageRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.MessageConfiguration === void 0) {
      const err_91e3ff23 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "MessageConfiguration" }, message: "must have required property 'MessageConfiguration'" };
      if (vErrors === null) {
        vErrors = [err_91e3ff23];
      } else {
        vErrors.push(err_91e3ff23);
      }
      errors++;
    }
    if (data.TraceId !== void 0) {
      if (typeof data.TraceId !== "string") {
        const err_3c1b4064 = { instancePath: instancePath + "/TraceId", schemaPath: "#/properties/TraceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3c1b4064];
        } else {
          vErrors.push(err_3c1b4064);
        }
        errors++;
      }
    }
    if (data.Context !== void 0) {
      let data_Context = data.Context;
      if (data_Context && typeof data_Context == "object" && !Array.isArray(data_Context)) {
        for (const key0 in data_Context) {
          if (typeof data_Context[key0] !== "string") {
            const err_62facbe3 = { instancePath: instancePath + "/Context/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Context/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_62facbe3];
            } else {
              vErrors.push(err_62facbe3);
            }
            errors++;
          }
        }
      } else {
        const err_4d3bd76f = { instancePath: instancePath + "/Context", schemaPath: "#/properties/Context/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4d3bd76f];
        } else {
          vErrors.push(err_4d3bd76f);
        }
        errors++;
      }
    }
    if (data.MessageConfiguration !== void 0) {
      if (!validate_schemas_DirectMessageConfiguration(data.MessageConfiguration, { instancePath: instancePath + "/MessageConfiguration", parentData: data, parentDataProperty: "MessageConfiguration", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_DirectMessageConfiguration.errors : vErrors.concat(validate_schemas_DirectMessageConfiguration.errors);
        errors = vErrors.length;
      }
    }
    if (data.TemplateConfiguration !== void 0) {
      if (!validate_schemas_TemplateConfiguration(data.TemplateConfiguration, { instancePath: instancePath + "/TemplateConfiguration", parentData: data, parentDataProperty: "TemplateConfiguration", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_TemplateConfiguration.errors : vErrors.concat(validate_schemas_TemplateConfiguration.errors);
        errors = vErrors.length;
      }
    }
    if (data.Addresses !== void 0) {
      let data_Addresses = data.Addresses;
      if (data_Addresses && typeof data_Addresses == "object" && !Array.isArray(data_Addresses)) {
        for (const key1 in data_Addresses) {
          if (!validate_schemas_AddressConfiguration(data_Addresses[key1], { instancePath: instancePath + "/Addresses/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_Addresses, parentDataProperty: key1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_AddressConfiguration.errors : vErrors.concat(validate_schemas_AddressConfiguration.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_db4069be = { instancePath: instancePath + "/Addresses", schemaPath: "#/properties/Addresses/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_db4069be];
        } else {
          vErrors.push(err_db4069be);
        }
        errors++;
      }
    }
    if (data.Endpoints !== void 0) {
      let data_Endpoints = data.Endpoints;
      if (data_Endpoints && typeof data_Endpoints == "object" && !Array.isArray(data_Endpoints)) {
        for (const key2 in data_Endpoints) {
          if (!validate_schemas_EndpointSendConfiguration(data_Endpoints[key2], { instancePath: instancePath + "/Endpoints/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_Endpoints, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_EndpointSendConfiguration.errors : vErrors.concat(validate_schemas_EndpointSendConfiguration.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_04fc64e9 = { instancePath: instancePath + "/Endpoints", schemaPath: "#/properties/Endpoints/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_04fc64e9];
        } else {
          vErrors.push(err_04fc64e9);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_MessageRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_MessageRequest.evaluated = { "props": { "TraceId": true, "Context": true, "MessageConfiguration": true, "TemplateConfiguration": true, "Addresses": true, "Endpoints": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_MessageResult = {
  "type": "object",
  "required": [
    "DeliveryStatus",
    "StatusCode"
  ],
  "properties": {
    "DeliveryStatus": {
      "type": "string",
      "enum": [
        "SUCCESSFUL",
        "THROTTLED",
        "TEMPORARY_FAILURE",
        "PERMANENT_FAILURE",
        "UNKNOWN_FAILURE",
        "OPT_OUT",
        "DUPLICATE",
        "TIMEOUT"
      ]
    },
    "StatusCode": {
      "type": "integer"
    },
    "StatusMessage": {
      "type": "string"
    },
    "UpdatedToken": {
      "type": "string"
    },
    "MessageId": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/MessageResult"
};
function validate_schemas_MessageResult(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_MessageResult.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.DeliveryStatus === void 0) {
      const err_725b3d53 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "DeliveryStatus" }, message: "must have required property 'DeliveryStatus'" };
      if (vErrors === null) {
        vErrors = [err_725b3d53];
      } else {
        vErrors.push(err_725b3d53);
      }
      errors++;
    }
    if (data.StatusCode === void 0) {
      const err_8bd5a72a = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "StatusCode" }, message: "must have required property 'StatusCode'" };
      if (vErrors === null) {
        vErrors = [err_8bd5a72a];
      } else {
        vErrors.push(err_8bd5a72a);
      }
      errors++;
    }
    if (data.DeliveryStatus !== void 0) {
      let data_DeliveryStatus = data.DeliveryStatus;
      if (typeof data_DeliveryStatus !== "string") {
        const err_1fc398f7 = { instancePath: instancePath + "/DeliveryStatus", schemaPath: "#/properties/DeliveryStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1fc398f7];
        } else {
          vErrors.push(err_1fc398f7);
        }
        errors++;
      }
      if (!(data_DeliveryStatus === "SUCCESSFUL" || data_DeliveryStatus === "THROTTLED" || data_DeliveryStatus === "TEMPORARY_FAILURE" || data_DeliveryStatus === "PERMANENT_FAILURE" || data_DeliveryStatus === "UNKNOWN_FAILURE" || data_DeliveryStatus === "OPT_OUT" || data_DeliveryStatus === "DUPLICATE" || data_DeliveryStatus === "TIMEOUT")) {
        const err_eeafd22a = { instancePath: instancePath + "/DeliveryStatus", schemaPath: "#/properties/DeliveryStatus/enum", keyword: "enum", params: { allowedValues: schema_schemas_MessageResult.properties.DeliveryStatus.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_eeafd22a];
        } else {
          vErrors.push(err_eeafd22a);
        }
        errors++;
      }
    }
    if (data.StatusCode !== void 0) {
      let data_StatusCode = data.StatusCode;
      if (!(typeof data_StatusCode == "number" && (!(data_StatusCode % 1) && !isNaN(data_StatusCode)) && isFinite(data_StatusCode))) {
        const err_320ece18 = { instancePath: instancePath + "/StatusCode", schemaPath: "#/properties/StatusCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_320ece18];
        } else {
          vErrors.push(err_320ece18);
        }
        errors++;
      }
    }
    if (data.StatusMessage !== void 0) {
      if (typeof data.StatusMessage !== "string") {
        const err_e7dcac9c = { instancePath: instancePath + "/StatusMessage", schemaPath: "#/properties/StatusMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_e7dcac9c];
        } else {
          vErrors.push(err_e7dcac9c);
        }
        errors++;
      }
    }
    if (data.UpdatedToken !== void 0) {
      if (typeof data.UpdatedToken !== "string") {
        const err_b44dfea3 = { instancePath: instancePath + "/UpdatedToken", schemaPath: "#/properties/UpdatedToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b44dfea3];
        } else {
          vErrors.push(err_b44dfea3);
        }
        errors++;
      }
    }
    if (data.MessageId !== void 0) {
      if (typeof data.MessageId !== "string") {
        const err_09ff01d7 = { instancePath: instancePath + "/MessageId", schemaPath: "#/properties/MessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_09ff01d7];
        } else {
          vErrors.push(err_09ff01d7);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_MessageResult.errors = vErrors;
  return errors === 0;
}
validate_schemas_MessageResult.evaluated = { "props": { "DeliveryStatus": true, "StatusCode": true, "StatusMessage": true, "UpdatedToken": true, "MessageId": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_EndpointMessageResult = {
  "type": "object",
  "required": [
    "DeliveryStatus",
    "StatusCode"
  ],
  "properties": {
    "DeliveryStatus": {
      "type": "string",
      "enum": [
        "SUCCESSFUL",
        "THROTTLED",
        "TEMPORARY_FAILURE",
        "PERMANENT_FAILURE",
        "UNKNOWN_FAILURE",
        "OPT_OUT",
        "DUPLICATE",
        "TIMEOUT"
      ]
    },
    "StatusCode": {
      "type": "integer"
    },
    "StatusMessage": {
      "type": "string"
    },
    "UpdatedToken": {
      "type": "string"
    },
    "MessageId": {
      "type": "string"
    },
    "Address": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/EndpointMessageResult"
};
function validate_schemas_EndpointMessageResult(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointMessageResult.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.DeliveryStatus === void 0) {
      const err_725b3d53 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "DeliveryStatus" }, message: "must have required property 'DeliveryStatus'" };
      if (vErrors === null) {
        vErrors = [err_725b3d53];
      } else {
        vErrors.push(err_725b3d53);
      }
      errors++;
    }
    if (data.StatusCode === void 0) {
      const err_8bd5a72a = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "StatusCode" }, message: "must have required property 'StatusCode'" };
      if (vErrors === null) {
        vErrors = [err_8bd5a72a];
      } else {
        vErrors.push(err_8bd5a72a);
      }
      errors++;
    }
    if (data.DeliveryStatus !== void 0) {
      let data_DeliveryStatus = data.DeliveryStatus;
      if (typeof data_DeliveryStatus !== "string") {
        const err_1fc398f7 = { instancePath: instancePath + "/DeliveryStatus", schemaPath: "#/properties/DeliveryStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1fc398f7];
        } else {
          vErrors.push(err_1fc398f7);
        }
        errors++;
      }
      if (!(data_DeliveryStatus === "SUCCESSFUL" || data_DeliveryStatus === "THROTTLED" || data_DeliveryStatus === "TEMPORARY_FAILURE" || data_DeliveryStatus === "PERMANENT_FAILURE" || data_DeliveryStatus === "UNKNOWN_FAILURE" || data_DeliveryStatus === "OPT_OUT" || data_DeliveryStatus === "DUPLICATE" || data_DeliveryStatus === "TIMEOUT")) {
        const err_67dc1eff = { instancePath: instancePath + "/DeliveryStatus", schemaPath: "#/properties/DeliveryStatus/enum", keyword: "enum", params: { allowedValues: schema_schemas_EndpointMessageResult.properties.DeliveryStatus.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_67dc1eff];
        } else {
          vErrors.push(err_67dc1eff);
        }
        errors++;
      }
    }
    if (data.StatusCode !== void 0) {
      let data_StatusCode = data.StatusCode;
      if (!(typeof data_StatusCode == "number" && (!(data_StatusCode % 1) && !isNaN(data_StatusCode)) && isFinite(data_StatusCode))) {
        const err_320ece18 = { instancePath: instancePath + "/StatusCode", schemaPath: "#/properties/StatusCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_320ece18];
        } else {
          vErrors.push(err_320ece18);
        }
        errors++;
      }
    }
    if (data.StatusMessage !== void 0) {
      if (typeof data.StatusMessage !== "string") {
        const err_e7dcac9c = { instancePath: instancePath + "/StatusMessage", schemaPath: "#/properties/StatusMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_e7dcac9c];
        } else {
          vErrors.push(err_e7dcac9c);
        }
        errors++;
      }
    }
    if (data.UpdatedToken !== void 0) {
      if (typeof data.UpdatedToken !== "string") {
        const err_b44dfea3 = { instancePath: instancePath + "/UpdatedToken", schemaPath: "#/properties/UpdatedToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_b44dfea3];
        } else {
          vErrors.push(err_b44dfea3);
        }
        errors++;
      }
    }
    if (data.MessageId !== void 0) {
      if (typeof data.MessageId !== "string") {
        const err_09ff01d7 = { instancePath: instancePath + "/MessageId", schemaPath: "#/properties/MessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_09ff01d7];
        } else {
          vErrors.push(err_09ff01d7);
        }
        errors++;
      }
    }
    if (data.Address !== void 0) {
      if (typeof data.Address !== "string") {
        const err_23749f7d = { instancePath: instancePath + "/Address", schemaPath: "#/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_23749f7d];
        } else {
          vErrors.push(err_23749f7d);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointMessageResult.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointMessageResult.evaluated = { "props": { "DeliveryStatus": true, "StatusCode": true, "StatusMessage": true, "UpdatedToken": true, "MessageId": true, "Address": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_MessageResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_MessageResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId === void 0) {
      const err_86eb43c8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ApplicationId" }, message: "must have required property 'ApplicationId'" };
      if (vErrors === null) {
        vErrors = [err_86eb43c8];
      } else {
        vErrors.push(err_86eb43c8);
      }
      errors++;
    }
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.RequestId !== void 0) {
      if (typeof data.RequestId !== "string") {
        const err_04759d60 = { instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_04759d60];
        } else {
          vErrors.push(err_04759d60);
        }
        errors++;
      }
    }
    if (data.Result !== void 0) {
      let data_Result = data.Result;
      if (data_Result && typeof data_Result == "object" && !Array.isArray(data_Result)) {
        for (const key0 in data_Result) {
          if (!validate_schemas_MessageResult(data_Result[key0], { instancePath: instancePath + "/Result/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_Result, parentDataProperty: key0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_MessageResult.errors : vErrors.concat(validate_schemas_MessageResult.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_0402bc1c = { instancePath: instancePath + "/Result", schemaPath: "#/properties/Result/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_0402bc1c];
        } else {
          vErrors.push(err_0402bc1c);
        }
        errors++;
      }
    }
    if (data.EndpointResult !== void 0) {
      let data_EndpointResult = data.EndpointResult;
      if (data_EndpointResult && typeof data_EndpointResult == "object" && !Array.isArray(data_EndpointResult)) {
        for (const key1 in data_EndpointResult) {
          if (!validate_schemas_EndpointMessageResult(data_EndpointResult[key1], { instancePath: instancePath + "/EndpointResult/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_EndpointResult, parentDataProperty: key1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_EndpointMessageResult.errors : vErrors.concat(validate_schemas_EndpointMessageResult.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_88343503 = { instancePath: instancePath + "/EndpointResult", schemaPath: "#/properties/EndpointResult/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_88343503];
        } else {
          vErrors.push(err_88343503);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_MessageResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_MessageResponse.evaluated = { "props": { "ApplicationId": true, "RequestId": true, "Result": true, "EndpointResult": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_NumberValidateRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_NumberValidateRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.IsoCountryCode !== void 0) {
      if (typeof data.IsoCountryCode !== "string") {
        const err_7cb22e20 = { instancePath: instancePath + "/IsoCountryCode", schemaPath: "#/properties/IsoCountryCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_7cb22e20];
        } else {
          vErrors.push(err_7cb22e20);
        }
        errors++;
      }
    }
    if (data.PhoneNumber !== void 0) {
      if (typeof data.PhoneNumber !== "string") {
        const err_1ebdfbc0 = { instancePath: instancePath + "/PhoneNumber", schemaPath: "#/properties/PhoneNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_1ebdfbc0];
        } else {
          vErrors.push(err_1ebdfbc0);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_NumberValidateRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_NumberValidateRequest.evaluated = { "props": { "IsoCountryCode": true, "PhoneNumber": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_NumberValidateResponse = {
  "type": "object",
  "properties": {
    "Carrier": {
      "type": "string"
    },
    "City": {
      "type": "string"
    },
    "CleansedPhoneNumberE164": {
      "type": "string"
    },
    "CleansedPhoneNumberNational": {
      "type": "string"
    },
    "Country": {
      "type": "string"
    },
    "CountryCodeIso2": {
      "type": "string"
    },
    "CountryCodeNumeric": {
      "type": "string"
    },
    "County": {
      "type": "string"
    },
    "OriginalCountryCodeIso2": {
      "type": "string"
    },
    "OriginalPhoneNumber": {
      "type": "string"
    },
    "PhoneType": {
      "type": "string",
      "enum": [
        "MOBILE",
        "LANDLINE",
        "VOIP",
        "INVALID",
        "PREPAID",
        "OTHER"
      ]
    },
    "PhoneTypeCode": {
      "type": "integer",
      "enum": [
        0,
        1,
        2,
        3,
        4,
        5
      ]
    },
    "Timezone": {
      "type": "string"
    },
    "ZipCode": {
      "type": "string"
    }
  },
  "$id": "https://openapi.invalid/schemas/NumberValidateResponse"
};
function validate_schemas_NumberValidateResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_NumberValidateResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Carrier !== void 0) {
      if (typeof data.Carrier !== "string") {
        const err_f0cff1e7 = { instancePath: instancePath + "/Carrier", schemaPath: "#/properties/Carrier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f0cff1e7];
        } else {
          vErrors.push(err_f0cff1e7);
        }
        errors++;
      }
    }
    if (data.City !== void 0) {
      if (typeof data.City !== "string") {
        const err_8311f5dd = { instancePath: instancePath + "/City", schemaPath: "#/properties/City/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_8311f5dd];
        } else {
          vErrors.push(err_8311f5dd);
        }
        errors++;
      }
    }
    if (data.CleansedPhoneNumberE164 !== void 0) {
      if (typeof data.CleansedPhoneNumberE164 !== "string") {
        const err_a8544f4b = { instancePath: instancePath + "/CleansedPhoneNumberE164", schemaPath: "#/properties/CleansedPhoneNumberE164/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_a8544f4b];
        } else {
          vErrors.push(err_a8544f4b);
        }
        errors++;
      }
    }
    if (data.CleansedPhoneNumberNational !== void 0) {
      if (typeof data.CleansedPhoneNumberNational !== "string") {
        const err_9ef70baf = { instancePath: instancePath + "/CleansedPhoneNumberNational", schemaPath: "#/properties/CleansedPhoneNumberNational/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_9ef70baf];
        } else {
          vErrors.push(err_9ef70baf);
        }
        errors++;
      }
    }
    if (data.Country !== void 0) {
      if (typeof data.Country !== "string") {
        const err_37d719a5 = { instancePath: instancePath + "/Country", schemaPath: "#/properties/Country/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_37d719a5];
        } else {
          vErrors.push(err_37d719a5);
        }
        errors++;
      }
    }
    if (data.CountryCodeIso2 !== void 0) {
      if (typeof data.CountryCodeIso2 !== "string") {
        const err_ef6aebdb = { instancePath: instancePath + "/CountryCodeIso2", schemaPath: "#/properties/CountryCodeIso2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ef6aebdb];
        } else {
          vErrors.push(err_ef6aebdb);
        }
        errors++;
      }
    }
    if (data.CountryCodeNumeric !== void 0) {
      if (typeof data.CountryCodeNumeric !== "string") {
        const err_e25885a7 = { instancePath: instancePath + "/CountryCodeNumeric", schemaPath: "#/properties/CountryCodeNumeric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_e25885a7];
        } else {
          vErrors.push(err_e25885a7);
        }
        errors++;
      }
    }
    if (data.County !== void 0) {
      if (typeof data.County !== "string") {
        const err_15ddfd15 = { instancePath: instancePath + "/County", schemaPath: "#/properties/County/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_15ddfd15];
        } else {
          vErrors.push(err_15ddfd15);
        }
        errors++;
      }
    }
    if (data.OriginalCountryCodeIso2 !== void 0) {
      if (typeof data.OriginalCountryCodeIso2 !== "string") {
        const err_ff1362ae = { instancePath: instancePath + "/OriginalCountryCodeIso2", schemaPath: "#/properties/OriginalCountryCodeIso2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ff1362ae];
        } else {
          vErrors.push(err_ff1362ae);
        }
        errors++;
      }
    }
    if (data.OriginalPhoneNumber !== void 0) {
      if (typeof data.OriginalPhoneNumber !== "string") {
        const err_3247c71d = { instancePath: instancePath + "/OriginalPhoneNumber", schemaPath: "#/properties/OriginalPhoneNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3247c71d];
        } else {
          vErrors.push(err_3247c71d);
        }
        errors++;
      }
    }
    if (data.PhoneType !== void 0) {
      let data_PhoneType = data.PhoneType;
      if (typeof data_PhoneType !== "string") {
        const err_de1a49fb = { instancePath: instancePath + "/PhoneType", schemaPath: "#/properties/PhoneType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_de1a49fb];
        } else {
          vErrors.push(err_de1a49fb);
        }
        errors++;
      }
      if (!(data_PhoneType === "MOBILE" || data_PhoneType === "LANDLINE" || data_PhoneType === "VOIP" || data_PhoneType === "INVALID" || data_PhoneType === "PREPAID" || data_PhoneType === "OTHER")) {
        const err_c522e6a9 = { instancePath: instancePath + "/PhoneType", schemaPath: "#/properties/PhoneType/enum", keyword: "enum", params: { allowedValues: schema_schemas_NumberValidateResponse.properties.PhoneType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_c522e6a9];
        } else {
          vErrors.push(err_c522e6a9);
        }
        errors++;
      }
    }
    if (data.PhoneTypeCode !== void 0) {
      let data_PhoneTypeCode = data.PhoneTypeCode;
      if (!(typeof data_PhoneTypeCode == "number" && (!(data_PhoneTypeCode % 1) && !isNaN(data_PhoneTypeCode)) && isFinite(data_PhoneTypeCode))) {
        const err_44e8843a = { instancePath: instancePath + "/PhoneTypeCode", schemaPath: "#/properties/PhoneTypeCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_44e8843a];
        } else {
          vErrors.push(err_44e8843a);
        }
        errors++;
      }
      if (!(data_PhoneTypeCode === 0 || data_PhoneTypeCode === 1 || data_PhoneTypeCode === 2 || data_PhoneTypeCode === 3 || data_PhoneTypeCode === 4 || data_PhoneTypeCode === 5)) {
        const err_aa9c7ec0 = { instancePath: instancePath + "/PhoneTypeCode", schemaPath: "#/properties/PhoneTypeCode/enum", keyword: "enum", params: { allowedValues: schema_schemas_NumberValidateResponse.properties.PhoneTypeCode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_aa9c7ec0];
        } else {
          vErrors.push(err_aa9c7ec0);
        }
        errors++;
      }
    }
    if (data.Timezone !== void 0) {
      if (typeof data.Timezone !== "string") {
        const err_78e504c2 = { instancePath: instancePath + "/Timezone", schemaPath: "#/properties/Timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_78e504c2];
        } else {
          vErrors.push(err_78e504c2);
        }
        errors++;
      }
    }
    if (data.ZipCode !== void 0) {
      if (typeof data.ZipCode !== "string") {
        const err_a5c4357a = { instancePath: instancePath + "/ZipCode", schemaPath: "#/properties/ZipCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_a5c4357a];
        } else {
          vErrors.push(err_a5c4357a);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_NumberValidateResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_NumberValidateResponse.evaluated = { "props": { "Carrier": true, "City": true, "CleansedPhoneNumberE164": true, "CleansedPhoneNumberNational": true, "Country": true, "CountryCodeIso2": true, "CountryCodeNumeric": true, "County": true, "OriginalCountryCodeIso2": true, "OriginalPhoneNumber": true, "PhoneType": true, "PhoneTypeCode": true, "Timezone": true, "ZipCode": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_AttributeDimension = {
  "type": "object",
  "properties": {
    "AttributeType": {
      "type": "string",
      "enum": [
        "INCLUSIVE",
        "EXCLUSIVE"
      ]
    },
    "Values": {
      "type": "array",
      "items": {
        "type": "string"
      }
    }
  },
  "$id": "https://openapi.invalid/schemas/AttributeDimension"
};
function validate_schemas_AttributeDimension(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_AttributeDimension.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AttributeType !== void 0) {
      let data_AttributeType = data.AttributeType;
      if (typeof data_AttributeType !== "string") {
        const err_6d8e1a93 = { instancePath: instancePath + "/AttributeType", schemaPath: "#/properties/AttributeType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_6d8e1a93];
        } else {
          vErrors.push(err_6d8e1a93);
        }
        errors++;
      }
      if (!(data_AttributeType === "INCLUSIVE" || data_AttributeType === "EXCLUSIVE")) {
        const err_619cb00f = { instancePath: instancePath + "/AttributeType", schemaPath: "#/properties/AttributeType/enum", keyword: "enum", params: { allowedValues: schema_schemas_AttributeDimension.properties.AttributeType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_619cb00f];
        } else {
          vErrors.push(err_619cb00f);
        }
        errors++;
      }
    }
    if (data.Values !== void 0) {
      let data_Values = data.Values;
      if (Array.isArray(data_Values)) {
        const len0 = data_Values.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data_Values[i0] !== "string") {
            const err_5d6ff0dc = { instancePath: instancePath + "/Values/" + i0, schemaPath: "#/properties/Values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_5d6ff0dc];
            } else {
              vErrors.push(err_5d6ff0dc);
            }
            errors++;
          }
        }
      } else {
        const err_d8de3bba = { instancePath: instancePath + "/Values", schemaPath: "#/properties/Values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_d8de3bba];
        } else {
          vErrors.push(err_d8de3bba);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_AttributeDimension.errors = vErrors;
  return errors === 0;
}
validate_schemas_AttributeDimension.evaluated = { "props": { "AttributeType": true, "Values": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_RecencyDimension = {
  "type": "object",
  "properties": {
    "Duration": {
      "type": "string",
      "enum": [
        "HR_24",
        "DAY_7",
        "DAY_14",
        "DAY_30"
      ]
    },
    "RecencyType": {
      "type": "string",
      "enum": [
        "ACTIVE",
        "INACTIVE"
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/RecencyDimension"
};
function validate_schemas_RecencyDimension(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_RecencyDimension.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Duration !== void 0) {
      let data_Duration = data.Duration;
      if (typeof data_Duration !== "string") {
        const err_82ada706 = { instancePath: instancePath + "/Duration", schemaPath: "#/properties/Duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_82ada706];
        } else {
          vErrors.push(err_82ada706);
        }
        errors++;
      }
      if (!(data_Duration === "HR_24" || data_Duration === "DAY_7" || data_Duration === "DAY_14" || data_Duration === "DAY_30")) {
        const err_abc3221e = { instancePath: instancePath + "/Duration", schemaPath: "#/properties/Duration/enum", keyword: "enum", params: { allowedValues: schema_schemas_RecencyDimension.properties.Duration.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_abc3221e];
        } else {
          vErrors.push(err_abc3221e);
        }
        errors++;
      }
    }
    if (data.RecencyType !== void 0) {
      let data_RecencyType = data.RecencyType;
      if (typeof data_RecencyType !== "string") {
        const err_3b1c0655 = { instancePath: instancePath + "/RecencyType", schemaPath: "#/properties/RecencyType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3b1c0655];
        } else {
          vErrors.push(err_3b1c0655);
        }
        errors++;
      }
      if (!(data_RecencyType === "ACTIVE" || data_RecencyType === "INACTIVE")) {
        const err_bf6ebcb8 = { instancePath: instancePath + "/RecencyType", schemaPath: "#/properties/RecencyType/enum", keyword: "enum", params: { allowedValues: schema_schemas_RecencyDimension.properties.RecencyType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_bf6ebcb8];
        } else {
          vErrors.push(err_bf6ebcb8);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_RecencyDimension.errors = vErrors;
  return errors === 0;
}
validate_schemas_RecencyDimension.evaluated = { "props": { "Duration": true, "RecencyType": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SegmentBehaviors(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentBehaviors.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Recency !== void 0) {
      if (!validate_schemas_RecencyDimension(data.Recency, { instancePath: instancePath + "/Recency", parentData: data, parentDataProperty: "Recency", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_RecencyDimension.errors : vErrors.concat(validate_schemas_RecencyDimension.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentBehaviors.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentBehaviors.evaluated = { "props": { "Recency": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_SetDimension = {
  "type": "object",
  "properties": {
    "DimensionType": {
      "type": "string",
      "enum": [
        "INCLUSIVE",
        "EXCLUSIVE"
      ]
    },
    "Values": {
      "type": "array",
      "items": {
        "type": "string"
      }
    }
  },
  "$id": "https://openapi.invalid/schemas/SetDimension"
};
function validate_schemas_SetDimension(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SetDimension.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.DimensionType !== void 0) {
      let data_DimensionType = data.DimensionType;
      if (typeof data_DimensionType !== "string") {
        const err_31e761f3 = { instancePath: instancePath + "/DimensionType", schemaPath: "#/properties/DimensionType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_31e761f3];
        } else {
          vErrors.push(err_31e761f3);
        }
        errors++;
      }
      if (!(data_DimensionType === "INCLUSIVE" || data_DimensionType === "EXCLUSIVE")) {
        const err_0410d8d7 = { instancePath: instancePath + "/DimensionType", schemaPath: "#/properties/DimensionType/enum", keyword: "enum", params: { allowedValues: schema_schemas_SetDimension.properties.DimensionType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_0410d8d7];
        } else {
          vErrors.push(err_0410d8d7);
        }
        errors++;
      }
    }
    if (data.Values !== void 0) {
      let data_Values = data.Values;
      if (Array.isArray(data_Values)) {
        const len0 = data_Values.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data_Values[i0] !== "string") {
            const err_5d6ff0dc = { instancePath: instancePath + "/Values/" + i0, schemaPath: "#/properties/Values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_5d6ff0dc];
            } else {
              vErrors.push(err_5d6ff0dc);
            }
            errors++;
          }
        }
      } else {
        const err_d8de3bba = { instancePath: instancePath + "/Values", schemaPath: "#/properties/Values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_d8de3bba];
        } else {
          vErrors.push(err_d8de3bba);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SetDimension.errors = vErrors;
  return errors === 0;
}
validate_schemas_SetDimension.evaluated = { "props": { "DimensionType": true, "Values": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SegmentDemographics(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentDemographics.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AppVersion !== void 0) {
      if (!validate_schemas_SetDimension(data.AppVersion, { instancePath: instancePath + "/AppVersion", parentData: data, parentDataProperty: "AppVersion", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SetDimension.errors : vErrors.concat(validate_schemas_SetDimension.errors);
        errors = vErrors.length;
      }
    }
    if (data.Channel !== void 0) {
      if (!validate_schemas_SetDimension(data.Channel, { instancePath: instancePath + "/Channel", parentData: data, parentDataProperty: "Channel", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SetDimension.errors : vErrors.concat(validate_schemas_SetDimension.errors);
        errors = vErrors.length;
      }
    }
    if (data.DeviceType !== void 0) {
      if (!validate_schemas_SetDimension(data.DeviceType, { instancePath: instancePath + "/DeviceType", parentData: data, parentDataProperty: "DeviceType", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SetDimension.errors : vErrors.concat(validate_schemas_SetDimension.errors);
        errors = vErrors.length;
      }
    }
    if (data.Make !== void 0) {
      if (!validate_schemas_SetDimension(data.Make, { instancePath: instancePath + "/Make", parentData: data, parentDataProperty: "Make", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SetDimension.errors : vErrors.concat(validate_schemas_SetDimension.errors);
        errors = vErrors.length;
      }
    }
    if (data.Model !== void 0) {
      if (!validate_schemas_SetDimension(data.Model, { instancePath: instancePath + "/Model", parentData: data, parentDataProperty: "Model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SetDimension.errors : vErrors.concat(validate_schemas_SetDimension.errors);
        errors = vErrors.length;
      }
    }
    if (data.Platform !== void 0) {
      if (!validate_schemas_SetDimension(data.Platform, { instancePath: instancePath + "/Platform", parentData: data, parentDataProperty: "Platform", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SetDimension.errors : vErrors.concat(validate_schemas_SetDimension.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentDemographics.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentDemographics.evaluated = { "props": { "AppVersion": true, "Channel": true, "DeviceType": true, "Make": true, "Model": true, "Platform": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_GPSCoordinates(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_GPSCoordinates.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Latitude !== void 0) {
      let data_Latitude = data.Latitude;
      if (!(typeof data_Latitude == "number" && isFinite(data_Latitude))) {
        const err_df8d5dfc = { instancePath: instancePath + "/Latitude", schemaPath: "#/properties/Latitude/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err_df8d5dfc];
        } else {
          vErrors.push(err_df8d5dfc);
        }
        errors++;
      }
    }
    if (data.Longitude !== void 0) {
      let data_Longitude = data.Longitude;
      if (!(typeof data_Longitude == "number" && isFinite(data_Longitude))) {
        const err_40e870f4 = { instancePath: instancePath + "/Longitude", schemaPath: "#/properties/Longitude/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err_40e870f4];
        } else {
          vErrors.push(err_40e870f4);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_GPSCoordinates.errors = vErrors;
  return errors === 0;
}
validate_schemas_GPSCoordinates.evaluated = { "props": { "Latitude": true, "Longitude": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_GPSPointDimension(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_GPSPointDimension.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Coordinates !== void 0) {
      if (!validate_schemas_GPSCoordinates(data.Coordinates, { instancePath: instancePath + "/Coordinates", parentData: data, parentDataProperty: "Coordinates", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_GPSCoordinates.errors : vErrors.concat(validate_schemas_GPSCoordinates.errors);
        errors = vErrors.length;
      }
    }
    if (data.RangeInKilometers !== void 0) {
      let data_RangeInKilometers = data.RangeInKilometers;
      if (!(typeof data_RangeInKilometers == "number" && isFinite(data_RangeInKilometers))) {
        const err_2fba68e6 = { instancePath: instancePath + "/RangeInKilometers", schemaPath: "#/properties/RangeInKilometers/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err_2fba68e6];
        } else {
          vErrors.push(err_2fba68e6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_GPSPointDimension.errors = vErrors;
  return errors === 0;
}
validate_schemas_GPSPointDimension.evaluated = { "props": { "Coordinates": true, "RangeInKilometers": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SegmentLocation(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentLocation.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Country !== void 0) {
      if (!validate_schemas_SetDimension(data.Country, { instancePath: instancePath + "/Country", parentData: data, parentDataProperty: "Country", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SetDimension.errors : vErrors.concat(validate_schemas_SetDimension.errors);
        errors = vErrors.length;
      }
    }
    if (data.GPSPoint !== void 0) {
      if (!validate_schemas_GPSPointDimension(data.GPSPoint, { instancePath: instancePath + "/GPSPoint", parentData: data, parentDataProperty: "GPSPoint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_GPSPointDimension.errors : vErrors.concat(validate_schemas_GPSPointDimension.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentLocation.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentLocation.evaluated = { "props": { "Country": true, "GPSPoint": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_MetricDimension = {
  "type": "object",
  "properties": {
    "ComparisonOperator": {
      "type": "string",
      "enum": [
        "GREATER_THAN",
        "LESS_THAN",
        "GREATER_THAN_OR_EQUAL",
        "LESS_THAN_OR_EQUAL",
        "EQUAL"
      ]
    },
    "Value": {
      "type": "number"
    }
  },
  "$id": "https://openapi.invalid/schemas/MetricDimension"
};
function validate_schemas_MetricDimension(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_MetricDimension.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ComparisonOperator !== void 0) {
      let data_ComparisonOperator = data.ComparisonOperator;
      if (typeof data_ComparisonOperator !== "string") {
        const err_a20c8b11 = { instancePath: instancePath + "/ComparisonOperator", schemaPath: "#/properties/ComparisonOperator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_a20c8b11];
        } else {
          vErrors.push(err_a20c8b11);
        }
        errors++;
      }
      if (!(data_ComparisonOperator === "GREATER_THAN" || data_ComparisonOperator === "LESS_THAN" || data_ComparisonOperator === "GREATER_THAN_OR_EQUAL" || data_ComparisonOperator === "LESS_THAN_OR_EQUAL" || data_ComparisonOperator === "EQUAL")) {
        const err_93d5fa4b = { instancePath: instancePath + "/ComparisonOperator", schemaPath: "#/properties/ComparisonOperator/enum", keyword: "enum", params: { allowedValues: schema_schemas_MetricDimension.properties.ComparisonOperator.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_93d5fa4b];
        } else {
          vErrors.push(err_93d5fa4b);
        }
        errors++;
      }
    }
    if (data.Value !== void 0) {
      let data_Value = data.Value;
      if (!(typeof data_Value == "number" && isFinite(data_Value))) {
        const err_80c47aa3 = { instancePath: instancePath + "/Value", schemaPath: "#/properties/Value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err_80c47aa3];
        } else {
          vErrors.push(err_80c47aa3);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_MetricDimension.errors = vErrors;
  return errors === 0;
}
validate_schemas_MetricDimension.evaluated = { "props": { "ComparisonOperator": true, "Value": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SegmentDimensions(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentDimensions.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Attributes !== void 0) {
      let data_Attributes = data.Attributes;
      if (data_Attributes && typeof data_Attributes == "object" && !Array.isArray(data_Attributes)) {
        for (const key0 in data_Attributes) {
          if (!validate_schemas_AttributeDimension(data_Attributes[key0], { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_Attributes, parentDataProperty: key0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_AttributeDimension.errors : vErrors.concat(validate_schemas_AttributeDimension.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_ab10387f = { instancePath: instancePath + "/Attributes", schemaPath: "#/properties/Attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_ab10387f];
        } else {
          vErrors.push(err_ab10387f);
        }
        errors++;
      }
    }
    if (data.Behavior !== void 0) {
      if (!validate_schemas_SegmentBehaviors(data.Behavior, { instancePath: instancePath + "/Behavior", parentData: data, parentDataProperty: "Behavior", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SegmentBehaviors.errors : vErrors.concat(validate_schemas_SegmentBehaviors.errors);
        errors = vErrors.length;
      }
    }
    if (data.Demographic !== void 0) {
      if (!validate_schemas_SegmentDemographics(data.Demographic, { instancePath: instancePath + "/Demographic", parentData: data, parentDataProperty: "Demographic", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SegmentDemographics.errors : vErrors.concat(validate_schemas_SegmentDemographics.errors);
        errors = vErrors.length;
      }
    }
    if (data.Location !== void 0) {
      if (!validate_schemas_SegmentLocation(data.Location, { instancePath: instancePath + "/Location", parentData: data, parentDataProperty: "Location", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SegmentLocation.errors : vErrors.concat(validate_schemas_SegmentLocation.errors);
        errors = vErrors.length;
      }
    }
    if (data.Metrics !== void 0) {
      let data_Metrics = data.Metrics;
      if (data_Metrics && typeof data_Metrics == "object" && !Array.isArray(data_Metrics)) {
        for (const key1 in data_Metrics) {
          if (!validate_schemas_MetricDimension(data_Metrics[key1], { instancePath: instancePath + "/Metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_Metrics, parentDataProperty: key1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_MetricDimension.errors : vErrors.concat(validate_schemas_MetricDimension.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_4b1b7889 = { instancePath: instancePath + "/Metrics", schemaPath: "#/properties/Metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4b1b7889];
        } else {
          vErrors.push(err_4b1b7889);
        }
        errors++;
      }
    }
    if (data.UserAttributes !== void 0) {
      let data_UserAttributes = data.UserAttributes;
      if (data_UserAttributes && typeof data_UserAttributes == "object" && !Array.isArray(data_UserAttributes)) {
        for (const key2 in data_UserAttributes) {
          if (!validate_schemas_AttributeDimension(data_UserAttributes[key2], { instancePath: instancePath + "/UserAttributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_UserAttributes, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_AttributeDimension.errors : vErrors.concat(validate_schemas_AttributeDimension.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_9d3b950e = { instancePath: instancePath + "/UserAttributes", schemaPath: "#/properties/UserAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_9d3b950e];
        } else {
          vErrors.push(err_9d3b950e);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentDimensions.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentDimensions.evaluated = { "props": { "Attributes": true, "Behavior": true, "Demographic": true, "Location": true, "Metrics": true, "UserAttributes": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_SegmentImportResource = {
  "type": "object",
  "properties": {
    "ChannelCounts": {
      "type": "object",
      "additionalProperties": {
        "type": "integer"
      }
    },
    "ExternalId": {
      "type": "string"
    },
    "Format": {
      "type": "string",
      "enum": [
        "CSV",
        "JSON"
      ]
    },
    "RoleArn": {
      "type": "string"
    },
    "S3Url": {
      "type": "string"
    },
    "Size": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/SegmentImportResource"
};
function validate_schemas_SegmentImportResource(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentImportResource.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ChannelCounts !== void 0) {
      let data_ChannelCounts = data.ChannelCounts;
      if (data_ChannelCounts && typeof data_ChannelCounts == "object" && !Array.isArray(data_ChannelCounts)) {
        for (const key0 in data_ChannelCounts) {
          let data_ChannelCounts_value = data_ChannelCounts[key0];
          if (!(typeof data_ChannelCounts_value == "number" && (!(data_ChannelCounts_value % 1) && !isNaN(data_ChannelCounts_value)) && isFinite(data_ChannelCounts_value))) {
            const err_ce6a5850 = { instancePath: instancePath + "/ChannelCounts/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ChannelCounts/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err_ce6a5850];
            } else {
              vErrors.push(err_ce6a5850);
            }
            errors++;
          }
        }
      } else {
        const err_e2dcc9cf = { instancePath: instancePath + "/ChannelCounts", schemaPath: "#/properties/ChannelCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_e2dcc9cf];
        } else {
          vErrors.push(err_e2dcc9cf);
        }
        errors++;
      }
    }
    if (data.ExternalId !== void 0) {
      if (typeof data.ExternalId !== "string") {
        const err_86d5ce1b = { instancePath: instancePath + "/ExternalId", schemaPath: "#/properties/ExternalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_86d5ce1b];
        } else {
          vErrors.push(err_86d5ce1b);
        }
        errors++;
      }
    }
    if (data.Format !== void 0) {
      let data_Format = data.Format;
      if (typeof data_Format !== "string") {
        const err_cb7cce5b = { instancePath: instancePath + "/Format", schemaPath: "#/properties/Format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_cb7cce5b];
        } else {
          vErrors.push(err_cb7cce5b);
        }
        errors++;
      }
      if (!(data_Format === "CSV" || data_Format === "JSON")) {
        const err_bd76ef68 = { instancePath: instancePath + "/Format", schemaPath: "#/properties/Format/enum", keyword: "enum", params: { allowedValues: schema_schemas_SegmentImportResource.properties.Format.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_bd76ef68];
        } else {
          vErrors.push(err_bd76ef68);
        }
        errors++;
      }
    }
    if (data.RoleArn !== void 0) {
      if (typeof data.RoleArn !== "string") {
        const err_21834f4f = { instancePath: instancePath + "/RoleArn", schemaPath: "#/properties/RoleArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_21834f4f];
        } else {
          vErrors.push(err_21834f4f);
        }
        errors++;
      }
    }
    if (data.S3Url !== void 0) {
      if (typeof data.S3Url !== "string") {
        const err_834912fd = { instancePath: instancePath + "/S3Url", schemaPath: "#/properties/S3Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_834912fd];
        } else {
          vErrors.push(err_834912fd);
        }
        errors++;
      }
    }
    if (data.Size !== void 0) {
      let data_Size = data.Size;
      if (!(typeof data_Size == "number" && (!(data_Size % 1) && !isNaN(data_Size)) && isFinite(data_Size))) {
        const err_e3ba1894 = { instancePath: instancePath + "/Size", schemaPath: "#/properties/Size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e3ba1894];
        } else {
          vErrors.push(err_e3ba1894);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentImportResource.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentImportResource.evaluated = { "props": { "ChannelCounts": true, "ExternalId": true, "Format": true, "RoleArn": true, "S3Url": true, "Size": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SegmentReference(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentReference.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentReference.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentReference.evaluated = { "props": { "Id": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_SegmentGroup = {
  "type": "object",
  "properties": {
    "Dimensions": {
      "type": "array",
      "items": {
        "$ref": "https://openapi.invalid/schemas/SegmentDimensions"
      }
    },
    "SourceSegments": {
      "type": "array",
      "items": {
        "$ref": "https://openapi.invalid/schemas/SegmentReference"
      }
    },
    "SourceType": {
      "type": "string",
      "enum": [
        "ANY",
        "ALL"
      ]
    },
    "Type": {
      "type": "string",
      "enum": [
        "ALL",
        "ANY",
        "NONE"
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/SegmentGroup"
};
function validate_schemas_SegmentGroup(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentGroup.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Dimensions !== void 0) {
      let data_Dimensions = data.Dimensions;
      if (Array.isArray(data_Dimensions)) {
        const len0 = data_Dimensions.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_SegmentDimensions(data_Dimensions[i0], { instancePath: instancePath + "/Dimensions/" + i0, parentData: data_Dimensions, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_SegmentDimensions.errors : vErrors.concat(validate_schemas_SegmentDimensions.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_d0ec4047 = { instancePath: instancePath + "/Dimensions", schemaPath: "#/properties/Dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_d0ec4047];
        } else {
          vErrors.push(err_d0ec4047);
        }
        errors++;
      }
    }
    if (data.SourceSegments !== void 0) {
      let data_SourceSegments = data.SourceSegments;
      if (Array.isArray(data_SourceSegments)) {
        const len1 = data_SourceSegments.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate_schemas_SegmentReference(data_SourceSegments[i1], { instancePath: instancePath + "/SourceSegments/" + i1, parentData: data_SourceSegments, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_SegmentReference.errors : vErrors.concat(validate_schemas_SegmentReference.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_26dd33e4 = { instancePath: instancePath + "/SourceSegments", schemaPath: "#/properties/SourceSegments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_26dd33e4];
        } else {
          vErrors.push(err_26dd33e4);
        }
        errors++;
      }
    }
    if (data.SourceType !== void 0) {
      let data_SourceType = data.SourceType;
      if (typeof data_SourceType !== "string") {
        const err_68cc7696 = { instancePath: instancePath + "/SourceType", schemaPath: "#/properties/SourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_68cc7696];
        } else {
          vErrors.push(err_68cc7696);
        }
        errors++;
      }
      if (!(data_SourceType === "ANY" || data_SourceType === "ALL")) {
        const err_e218d31f = { instancePath: instancePath + "/SourceType", schemaPath: "#/properties/SourceType/enum", keyword: "enum", params: { allowedValues: schema_schemas_SegmentGroup.properties.SourceType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_e218d31f];
        } else {
          vErrors.push(err_e218d31f);
        }
        errors++;
      }
    }
    if (data.Type !== void 0) {
      let data_Type = data.Type;
      if (typeof data_Type !== "string") {
        const err_5cf0c1de = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5cf0c1de];
        } else {
          vErrors.push(err_5cf0c1de);
        }
        errors++;
      }
      if (!(data_Type === "ALL" || data_Type === "ANY" || data_Type === "NONE")) {
        const err_37320f16 = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/enum", keyword: "enum", params: { allowedValues: schema_schemas_SegmentGroup.properties.Type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_37320f16];
        } else {
          vErrors.push(err_37320f16);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentGroup.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentGroup.evaluated = { "props": { "Dimensions": true, "SourceSegments": true, "SourceType": true, "Type": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_SegmentGroupList = {
  "type": "object",
  "properties": {
    "Groups": {
      "type": "array",
      "items": {
        "$ref": "https://openapi.invalid/schemas/SegmentGroup"
      }
    },
    "Include": {
      "type": "string",
      "enum": [
        "ALL",
        "ANY",
        "NONE"
      ]
    }
  },
  "$id": "https://openapi.invalid/schemas/SegmentGroupList"
};
function validate_schemas_SegmentGroupList(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentGroupList.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Groups !== void 0) {
      let data_Groups = data.Groups;
      if (Array.isArray(data_Groups)) {
        const len0 = data_Groups.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_SegmentGroup(data_Groups[i0], { instancePath: instancePath + "/Groups/" + i0, parentData: data_Groups, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_SegmentGroup.errors : vErrors.concat(validate_schemas_SegmentGroup.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_1e7f271d = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_1e7f271d];
        } else {
          vErrors.push(err_1e7f271d);
        }
        errors++;
      }
    }
    if (data.Include !== void 0) {
      let data_Include = data.Include;
      if (typeof data_Include !== "string") {
        const err_d0c9c5df = { instancePath: instancePath + "/Include", schemaPath: "#/properties/Include/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_d0c9c5df];
        } else {
          vErrors.push(err_d0c9c5df);
        }
        errors++;
      }
      if (!(data_Include === "ALL" || data_Include === "ANY" || data_Include === "NONE")) {
        const err_973ce0c9 = { instancePath: instancePath + "/Include", schemaPath: "#/properties/Include/enum", keyword: "enum", params: { allowedValues: schema_schemas_SegmentGroupList.properties.Include.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_973ce0c9];
        } else {
          vErrors.push(err_973ce0c9);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentGroupList.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentGroupList.evaluated = { "props": { "Groups": true, "Include": true }, "dynamicProps": false, "dynamicItems": false };
const schema_schemas_SegmentResponse = {
  "type": "object",
  "properties": {
    "ApplicationId": {
      "type": "string"
    },
    "CreationDate": {
      "type": "string"
    },
    "Dimensions": {
      "$ref": "https://openapi.invalid/schemas/SegmentDimensions"
    },
    "Id": {
      "type": "string"
    },
    "ImportDefinition": {
      "$ref": "https://openapi.invalid/schemas/SegmentImportResource"
    },
    "LastModifiedDate": {
      "type": "string"
    },
    "Name": {
      "type": "string"
    },
    "SegmentGroups": {
      "$ref": "https://openapi.invalid/schemas/SegmentGroupList"
    },
    "SegmentType": {
      "type": "string",
      "enum": [
        "DIMENSIONAL",
        "IMPORT"
      ]
    },
    "Version": {
      "type": "integer"
    }
  },
  "$id": "https://openapi.invalid/schemas/SegmentResponse"
};
function validate_schemas_SegmentResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CreationDate !== void 0) {
      if (typeof data.CreationDate !== "string") {
        const err_03754330 = { instancePath: instancePath + "/CreationDate", schemaPath: "#/properties/CreationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_03754330];
        } else {
          vErrors.push(err_03754330);
        }
        errors++;
      }
    }
    if (data.Dimensions !== void 0) {
      if (!validate_schemas_SegmentDimensions(data.Dimensions, { instancePath: instancePath + "/Dimensions", parentData: data, parentDataProperty: "Dimensions", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SegmentDimensions.errors : vErrors.concat(validate_schemas_SegmentDimensions.errors);
        errors = vErrors.length;
      }
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err_0786bd09 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_0786bd09];
        } else {
          vErrors.push(err_0786bd09);
        }
        errors++;
      }
    }
    if (data.ImportDefinition !== void 0) {
      if (!validate_schemas_SegmentImportResource(data.ImportDefinition, { instancePath: instancePath + "/ImportDefinition", parentData: data, parentDataProperty: "ImportDefinition", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SegmentImportResource.errors : vErrors.concat(validate_schemas_SegmentImportResource.errors);
        errors = vErrors.length;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      if (typeof data.LastModifiedDate !== "string") {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err_ab1258dd = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ab1258dd];
        } else {
          vErrors.push(err_ab1258dd);
        }
        errors++;
      }
    }
    if (data.SegmentGroups !== void 0) {
      if (!validate_schemas_SegmentGroupList(data.SegmentGroups, { instancePath: instancePath + "/SegmentGroups", parentData: data, parentDataProperty: "SegmentGroups", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SegmentGroupList.errors : vErrors.concat(validate_schemas_SegmentGroupList.errors);
        errors = vErrors.length;
      }
    }
    if (data.SegmentType !== void 0) {
      let data_SegmentType = data.SegmentType;
      if (typeof data_SegmentType !== "string") {
        const err_46dfc8c4 = { instancePath: instancePath + "/SegmentType", schemaPath: "#/properties/SegmentType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_46dfc8c4];
        } else {
          vErrors.push(err_46dfc8c4);
        }
        errors++;
      }
      if (!(data_SegmentType === "DIMENSIONAL" || data_SegmentType === "IMPORT")) {
        const err_36f4284d = { instancePath: instancePath + "/SegmentType", schemaPath: "#/properties/SegmentType/enum", keyword: "enum", params: { allowedValues: schema_schemas_SegmentResponse.properties.SegmentType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err_36f4284d];
        } else {
          vErrors.push(err_36f4284d);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data_Version = data.Version;
      if (!(typeof data_Version == "number" && (!(data_Version % 1) && !isNaN(data_Version)) && isFinite(data_Version))) {
        const err_e162c1c6 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err_e162c1c6];
        } else {
          vErrors.push(err_e162c1c6);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentResponse.evaluated = { "props": { "ApplicationId": true, "CreationDate": true, "Dimensions": true, "Id": true, "ImportDefinition": true, "LastModifiedDate": true, "Name": true, "SegmentGroups": true, "SegmentType": true, "Version": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SegmentsResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SegmentsResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Item !== void 0) {
      let data_Item = data.Item;
      if (Array.isArray(data_Item)) {
        const len0 = data_Item.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_SegmentResponse(data_Item[i0], { instancePath: instancePath + "/Item/" + i0, parentData: data_Item, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_SegmentResponse.errors : vErrors.concat(validate_schemas_SegmentResponse.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_396bd49f = { instancePath: instancePath + "/Item", schemaPath: "#/properties/Item/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_396bd49f];
        } else {
          vErrors.push(err_396bd49f);
        }
        errors++;
      }
    }
    if (data.NextToken !== void 0) {
      if (typeof data.NextToken !== "string") {
        const err_254606cf = { instancePath: instancePath + "/NextToken", schemaPath: "#/properties/NextToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_254606cf];
        } else {
          vErrors.push(err_254606cf);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SegmentsResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_SegmentsResponse.evaluated = { "props": { "Item": true, "NextToken": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_WriteSegmentRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_WriteSegmentRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Dimensions !== void 0) {
      if (!validate_schemas_SegmentDimensions(data.Dimensions, { instancePath: instancePath + "/Dimensions", parentData: data, parentDataProperty: "Dimensions", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SegmentDimensions.errors : vErrors.concat(validate_schemas_SegmentDimensions.errors);
        errors = vErrors.length;
      }
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err_ab1258dd = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_ab1258dd];
        } else {
          vErrors.push(err_ab1258dd);
        }
        errors++;
      }
    }
    if (data.SegmentGroups !== void 0) {
      if (!validate_schemas_SegmentGroupList(data.SegmentGroups, { instancePath: instancePath + "/SegmentGroups", parentData: data, parentDataProperty: "SegmentGroups", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_SegmentGroupList.errors : vErrors.concat(validate_schemas_SegmentGroupList.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_WriteSegmentRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_WriteSegmentRequest.evaluated = { "props": { "Dimensions": true, "Name": true, "SegmentGroups": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_ApplicationSettingsResource(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_ApplicationSettingsResource.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.CampaignHook !== void 0) {
      if (!validate_schemas_CampaignHook(data.CampaignHook, { instancePath: instancePath + "/CampaignHook", parentData: data, parentDataProperty: "CampaignHook", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignHook.errors : vErrors.concat(validate_schemas_CampaignHook.errors);
        errors = vErrors.length;
      }
    }
    if (data.LastModifiedDate !== void 0) {
      let data_LastModifiedDate = data.LastModifiedDate;
      if (typeof data_LastModifiedDate === "string") {
        if (!format_date$2d$time.validate(data_LastModifiedDate)) {
          const err_14c68a6b = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err_14c68a6b];
          } else {
            vErrors.push(err_14c68a6b);
          }
          errors++;
        }
      } else {
        const err_5848b7a2 = { instancePath: instancePath + "/LastModifiedDate", schemaPath: "#/properties/LastModifiedDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_5848b7a2];
        } else {
          vErrors.push(err_5848b7a2);
        }
        errors++;
      }
    }
    if (data.Limits !== void 0) {
      if (!validate_schemas_CampaignLimits(data.Limits, { instancePath: instancePath + "/Limits", parentData: data, parentDataProperty: "Limits", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignLimits.errors : vErrors.concat(validate_schemas_CampaignLimits.errors);
        errors = vErrors.length;
      }
    }
    if (data.QuietTime !== void 0) {
      if (!validate_schemas_QuietTime(data.QuietTime, { instancePath: instancePath + "/QuietTime", parentData: data, parentDataProperty: "QuietTime", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_QuietTime.errors : vErrors.concat(validate_schemas_QuietTime.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_ApplicationSettingsResource.errors = vErrors;
  return errors === 0;
}
validate_schemas_ApplicationSettingsResource.evaluated = { "props": { "ApplicationId": true, "CampaignHook": true, "LastModifiedDate": true, "Limits": true, "QuietTime": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_WriteApplicationSettingsRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_WriteApplicationSettingsRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.CampaignHook !== void 0) {
      if (!validate_schemas_CampaignHook(data.CampaignHook, { instancePath: instancePath + "/CampaignHook", parentData: data, parentDataProperty: "CampaignHook", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignHook.errors : vErrors.concat(validate_schemas_CampaignHook.errors);
        errors = vErrors.length;
      }
    }
    if (data.CloudWatchMetricsEnabled !== void 0) {
      if (typeof data.CloudWatchMetricsEnabled !== "boolean") {
        const err_783d5a12 = { instancePath: instancePath + "/CloudWatchMetricsEnabled", schemaPath: "#/properties/CloudWatchMetricsEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err_783d5a12];
        } else {
          vErrors.push(err_783d5a12);
        }
        errors++;
      }
    }
    if (data.Limits !== void 0) {
      if (!validate_schemas_CampaignLimits(data.Limits, { instancePath: instancePath + "/Limits", parentData: data, parentDataProperty: "Limits", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_CampaignLimits.errors : vErrors.concat(validate_schemas_CampaignLimits.errors);
        errors = vErrors.length;
      }
    }
    if (data.QuietTime !== void 0) {
      if (!validate_schemas_QuietTime(data.QuietTime, { instancePath: instancePath + "/QuietTime", parentData: data, parentDataProperty: "QuietTime", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_QuietTime.errors : vErrors.concat(validate_schemas_QuietTime.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_WriteApplicationSettingsRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_WriteApplicationSettingsRequest.evaluated = { "props": { "CampaignHook": true, "CloudWatchMetricsEnabled": true, "Limits": true, "QuietTime": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SendUsersMessageRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SendUsersMessageRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Context !== void 0) {
      let data_Context = data.Context;
      if (data_Context && typeof data_Context == "object" && !Array.isArray(data_Context)) {
        for (const key0 in data_Context) {
          if (typeof data_Context[key0] !== "string") {
            const err_62facbe3 = { instancePath: instancePath + "/Context/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Context/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err_62facbe3];
            } else {
              vErrors.push(err_62facbe3);
            }
            errors++;
          }
        }
      } else {
        const err_4d3bd76f = { instancePath: instancePath + "/Context", schemaPath: "#/properties/Context/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_4d3bd76f];
        } else {
          vErrors.push(err_4d3bd76f);
        }
        errors++;
      }
    }
    if (data.MessageConfiguration !== void 0) {
      if (!validate_schemas_DirectMessageConfiguration(data.MessageConfiguration, { instancePath: instancePath + "/MessageConfiguration", parentData: data, parentDataProperty: "MessageConfiguration", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate_schemas_DirectMessageConfiguration.errors : vErrors.concat(validate_schemas_DirectMessageConfiguration.errors);
        errors = vErrors.length;
      }
    }
    if (data.TraceId !== void 0) {
      if (typeof data.TraceId !== "string") {
        const err_3c1b4064 = { instancePath: instancePath + "/TraceId", schemaPath: "#/properties/TraceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_3c1b4064];
        } else {
          vErrors.push(err_3c1b4064);
        }
        errors++;
      }
    }
    if (data.Users !== void 0) {
      let data_Users = data.Users;
      if (data_Users && typeof data_Users == "object" && !Array.isArray(data_Users)) {
        for (const key1 in data_Users) {
          if (!validate_schemas_EndpointSendConfiguration(data_Users[key1], { instancePath: instancePath + "/Users/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_Users, parentDataProperty: key1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_EndpointSendConfiguration.errors : vErrors.concat(validate_schemas_EndpointSendConfiguration.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_b9fbc8eb = { instancePath: instancePath + "/Users", schemaPath: "#/properties/Users/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_b9fbc8eb];
        } else {
          vErrors.push(err_b9fbc8eb);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SendUsersMessageRequest.errors = vErrors;
  return errors === 0;
}
validate_schemas_SendUsersMessageRequest.evaluated = { "props": { "Context": true, "MessageConfiguration": true, "TraceId": true, "Users": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_SendUsersMessageResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_SendUsersMessageResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ApplicationId !== void 0) {
      if (typeof data.ApplicationId !== "string") {
        const err_f20c5e78 = { instancePath: instancePath + "/ApplicationId", schemaPath: "#/properties/ApplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_f20c5e78];
        } else {
          vErrors.push(err_f20c5e78);
        }
        errors++;
      }
    }
    if (data.RequestId !== void 0) {
      if (typeof data.RequestId !== "string") {
        const err_04759d60 = { instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err_04759d60];
        } else {
          vErrors.push(err_04759d60);
        }
        errors++;
      }
    }
    if (data.Result !== void 0) {
      let data_Result = data.Result;
      if (data_Result && typeof data_Result == "object" && !Array.isArray(data_Result)) {
        for (const key0 in data_Result) {
          let data_Result_value = data_Result[key0];
          if (data_Result_value && typeof data_Result_value == "object" && !Array.isArray(data_Result_value)) {
            for (const key1 in data_Result_value) {
              if (!validate_schemas_EndpointMessageResult(data_Result_value[key1], { instancePath: instancePath + "/Result/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data_Result_value, parentDataProperty: key1, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate_schemas_EndpointMessageResult.errors : vErrors.concat(validate_schemas_EndpointMessageResult.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err_2993ed90 = { instancePath: instancePath + "/Result/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Result/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err_2993ed90];
            } else {
              vErrors.push(err_2993ed90);
            }
            errors++;
          }
        }
      } else {
        const err_0402bc1c = { instancePath: instancePath + "/Result", schemaPath: "#/properties/Result/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err_0402bc1c];
        } else {
          vErrors.push(err_0402bc1c);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_SendUsersMessageResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_SendUsersMessageResponse.evaluated = { "props": { "ApplicationId": true, "RequestId": true, "Result": true }, "dynamicProps": false, "dynamicItems": false };
function validate_schemas_EndpointsResponse(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate_schemas_EndpointsResponse.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Item !== void 0) {
      let data_Item = data.Item;
      if (Array.isArray(data_Item)) {
        const len0 = data_Item.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate_schemas_EndpointResponse(data_Item[i0], { instancePath: instancePath + "/Item/" + i0, parentData: data_Item, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate_schemas_EndpointResponse.errors : vErrors.concat(validate_schemas_EndpointResponse.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err_396bd49f = { instancePath: instancePath + "/Item", schemaPath: "#/properties/Item/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err_396bd49f];
        } else {
          vErrors.push(err_396bd49f);
        }
        errors++;
      }
    }
  } else {
    const err_b7ab5b16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err_b7ab5b16];
    } else {
      vErrors.push(err_b7ab5b16);
    }
    errors++;
  }
  validate_schemas_EndpointsResponse.errors = vErrors;
  return errors === 0;
}
validate_schemas_EndpointsResponse.evaluated = { "props": { "Item": true }, "dynamicProps": false, "dynamicItems": false };
const VALID = Object.freeze({ valid: true, errors: Object.freeze([]) });
function issueOf(error) {
  const { instancePath, keyword, params } = error;
  let message = error.message ?? keyword;
  if (keyword === "enum") message += `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  if (keyword === "additionalProperties") message += `: ${JSON.stringify(params.additionalProperty)}`;
  return { instancePath, keyword, message, params };
}
function check(validate, data) {
  return validate(data) ? VALID : { valid: false, errors: (validate.errors ?? []).map(issueOf) };
}
function formatIssues(issues) {
  return issues.map((issue) => `${issue.instancePath || "(root)"}: ${issue.message}`).join("\n");
}
function validateApplicationResponse(data) {
  return check(validate_schemas_ApplicationResponse, data);
}
function isApplicationResponse(data) {
  return validate_schemas_ApplicationResponse(data);
}
function validateApplicationsResponse(data) {
  return check(validate_schemas_ApplicationsResponse, data);
}
function isApplicationsResponse(data) {
  return validate_schemas_ApplicationsResponse(data);
}
function validateMessageBody(data) {
  return check(validate_schemas_MessageBody, data);
}
function isMessageBody(data) {
  return validate_schemas_MessageBody(data);
}
function validateCreateApplicationRequest(data) {
  return check(validate_schemas_CreateApplicationRequest, data);
}
function isCreateApplicationRequest(data) {
  return validate_schemas_CreateApplicationRequest(data);
}
function validateMessage(data) {
  return check(validate_schemas_Message, data);
}
function isMessage(data) {
  return validate_schemas_Message(data);
}
function validateCampaignEmailMessage(data) {
  return check(validate_schemas_CampaignEmailMessage, data);
}
function isCampaignEmailMessage(data) {
  return validate_schemas_CampaignEmailMessage(data);
}
function validateCampaignSmsMessage(data) {
  return check(validate_schemas_CampaignSmsMessage, data);
}
function isCampaignSmsMessage(data) {
  return validate_schemas_CampaignSmsMessage(data);
}
function validateMessageConfiguration(data) {
  return check(validate_schemas_MessageConfiguration, data);
}
function isMessageConfiguration(data) {
  return validate_schemas_MessageConfiguration(data);
}
function validateQuietTime(data) {
  return check(validate_schemas_QuietTime, data);
}
function isQuietTime(data) {
  return validate_schemas_QuietTime(data);
}
function validateSchedule(data) {
  return check(validate_schemas_Schedule, data);
}
function isSchedule(data) {
  return validate_schemas_Schedule(data);
}
function validateCampaignState(data) {
  return check(validate_schemas_CampaignState, data);
}
function isCampaignState(data) {
  return validate_schemas_CampaignState(data);
}
function validateTreatmentResource(data) {
  return check(validate_schemas_TreatmentResource, data);
}
function isTreatmentResource(data) {
  return validate_schemas_TreatmentResource(data);
}
function validateCampaignHook(data) {
  return check(validate_schemas_CampaignHook, data);
}
function isCampaignHook(data) {
  return validate_schemas_CampaignHook(data);
}
function validateCampaignLimits(data) {
  return check(validate_schemas_CampaignLimits, data);
}
function isCampaignLimits(data) {
  return validate_schemas_CampaignLimits(data);
}
function validateCampaignResponse(data) {
  return check(validate_schemas_CampaignResponse, data);
}
function isCampaignResponse(data) {
  return validate_schemas_CampaignResponse(data);
}
function validateCampaignsResponse(data) {
  return check(validate_schemas_CampaignsResponse, data);
}
function isCampaignsResponse(data) {
  return validate_schemas_CampaignsResponse(data);
}
function validateWriteTreatmentResource(data) {
  return check(validate_schemas_WriteTreatmentResource, data);
}
function isWriteTreatmentResource(data) {
  return validate_schemas_WriteTreatmentResource(data);
}
function validateWriteCampaignRequest(data) {
  return check(validate_schemas_WriteCampaignRequest, data);
}
function isWriteCampaignRequest(data) {
  return validate_schemas_WriteCampaignRequest(data);
}
function validateActivityResponse(data) {
  return check(validate_schemas_ActivityResponse, data);
}
function isActivityResponse(data) {
  return validate_schemas_ActivityResponse(data);
}
function validateActivitiesResponse(data) {
  return check(validate_schemas_ActivitiesResponse, data);
}
function isActivitiesResponse(data) {
  return validate_schemas_ActivitiesResponse(data);
}
function validateADMChannelResponse(data) {
  return check(validate_schemas_ADMChannelResponse, data);
}
function isADMChannelResponse(data) {
  return validate_schemas_ADMChannelResponse(data);
}
function validateADMChannelRequest(data) {
  return check(validate_schemas_ADMChannelRequest, data);
}
function isADMChannelRequest(data) {
  return validate_schemas_ADMChannelRequest(data);
}
function validateAPNSChannelResponse(data) {
  return check(validate_schemas_APNSChannelResponse, data);
}
function isAPNSChannelResponse(data) {
  return validate_schemas_APNSChannelResponse(data);
}
function validateAPNSChannelRequest(data) {
  return check(validate_schemas_APNSChannelRequest, data);
}
function isAPNSChannelRequest(data) {
  return validate_schemas_APNSChannelRequest(data);
}
function validateAPNSSandboxChannelResponse(data) {
  return check(validate_schemas_APNSSandboxChannelResponse, data);
}
function isAPNSSandboxChannelResponse(data) {
  return validate_schemas_APNSSandboxChannelResponse(data);
}
function validateAPNSSandboxChannelRequest(data) {
  return check(validate_schemas_APNSSandboxChannelRequest, data);
}
function isAPNSSandboxChannelRequest(data) {
  return validate_schemas_APNSSandboxChannelRequest(data);
}
function validateAPNSVoipChannelResponse(data) {
  return check(validate_schemas_APNSVoipChannelResponse, data);
}
function isAPNSVoipChannelResponse(data) {
  return validate_schemas_APNSVoipChannelResponse(data);
}
function validateAPNSVoipChannelRequest(data) {
  return check(validate_schemas_APNSVoipChannelRequest, data);
}
function isAPNSVoipChannelRequest(data) {
  return validate_schemas_APNSVoipChannelRequest(data);
}
function validateAPNSVoipSandboxChannelResponse(data) {
  return check(validate_schemas_APNSVoipSandboxChannelResponse, data);
}
function isAPNSVoipSandboxChannelResponse(data) {
  return validate_schemas_APNSVoipSandboxChannelResponse(data);
}
function validateAPNSVoipSandboxChannelRequest(data) {
  return check(validate_schemas_APNSVoipSandboxChannelRequest, data);
}
function isAPNSVoipSandboxChannelRequest(data) {
  return validate_schemas_APNSVoipSandboxChannelRequest(data);
}
function validateBaiduChannelResponse(data) {
  return check(validate_schemas_BaiduChannelResponse, data);
}
function isBaiduChannelResponse(data) {
  return validate_schemas_BaiduChannelResponse(data);
}
function validateBaiduChannelRequest(data) {
  return check(validate_schemas_BaiduChannelRequest, data);
}
function isBaiduChannelRequest(data) {
  return validate_schemas_BaiduChannelRequest(data);
}
function validateEmailChannelResponse(data) {
  return check(validate_schemas_EmailChannelResponse, data);
}
function isEmailChannelResponse(data) {
  return validate_schemas_EmailChannelResponse(data);
}
function validateEmailChannelRequest(data) {
  return check(validate_schemas_EmailChannelRequest, data);
}
function isEmailChannelRequest(data) {
  return validate_schemas_EmailChannelRequest(data);
}
function validateGCMChannelResponse(data) {
  return check(validate_schemas_GCMChannelResponse, data);
}
function isGCMChannelResponse(data) {
  return validate_schemas_GCMChannelResponse(data);
}
function validateGCMChannelRequest(data) {
  return check(validate_schemas_GCMChannelRequest, data);
}
function isGCMChannelRequest(data) {
  return validate_schemas_GCMChannelRequest(data);
}
function validateSMSChannelResponse(data) {
  return check(validate_schemas_SMSChannelResponse, data);
}
function isSMSChannelResponse(data) {
  return validate_schemas_SMSChannelResponse(data);
}
function validateSMSChannelRequest(data) {
  return check(validate_schemas_SMSChannelRequest, data);
}
function isSMSChannelRequest(data) {
  return validate_schemas_SMSChannelRequest(data);
}
function validateEndpointDemographic(data) {
  return check(validate_schemas_EndpointDemographic, data);
}
function isEndpointDemographic(data) {
  return validate_schemas_EndpointDemographic(data);
}
function validateEndpointLocation(data) {
  return check(validate_schemas_EndpointLocation, data);
}
function isEndpointLocation(data) {
  return validate_schemas_EndpointLocation(data);
}
function validateEndpointUser(data) {
  return check(validate_schemas_EndpointUser, data);
}
function isEndpointUser(data) {
  return validate_schemas_EndpointUser(data);
}
function validateEndpointBatchItem(data) {
  return check(validate_schemas_EndpointBatchItem, data);
}
function isEndpointBatchItem(data) {
  return validate_schemas_EndpointBatchItem(data);
}
function validateEndpointBatchRequest(data) {
  return check(validate_schemas_EndpointBatchRequest, data);
}
function isEndpointBatchRequest(data) {
  return validate_schemas_EndpointBatchRequest(data);
}
function validateEndpointResponse(data) {
  return check(validate_schemas_EndpointResponse, data);
}
function isEndpointResponse(data) {
  return validate_schemas_EndpointResponse(data);
}
function validateEndpointRequest(data) {
  return check(validate_schemas_EndpointRequest, data);
}
function isEndpointRequest(data) {
  return validate_schemas_EndpointRequest(data);
}
function validatePublicEndpoint(data) {
  return check(validate_schemas_PublicEndpoint, data);
}
function isPublicEndpoint(data) {
  return validate_schemas_PublicEndpoint(data);
}
function validateSession(data) {
  return check(validate_schemas_Session, data);
}
function isSession(data) {
  return validate_schemas_Session(data);
}
function validateEvent(data) {
  return check(validate_schemas_Event, data);
}
function isEvent(data) {
  return validate_schemas_Event(data);
}
function validateEventsBatch(data) {
  return check(validate_schemas_EventsBatch, data);
}
function isEventsBatch(data) {
  return validate_schemas_EventsBatch(data);
}
function validateEventsRequest(data) {
  return check(validate_schemas_EventsRequest, data);
}
function isEventsRequest(data) {
  return validate_schemas_EventsRequest(data);
}
function validateEndpointItemResponse(data) {
  return check(validate_schemas_EndpointItemResponse, data);
}
function isEndpointItemResponse(data) {
  return validate_schemas_EndpointItemResponse(data);
}
function validateEventItemResponse(data) {
  return check(validate_schemas_EventItemResponse, data);
}
function isEventItemResponse(data) {
  return validate_schemas_EventItemResponse(data);
}
function validateItemResponse(data) {
  return check(validate_schemas_ItemResponse, data);
}
function isItemResponse(data) {
  return validate_schemas_ItemResponse(data);
}
function validateEventsResponse(data) {
  return check(validate_schemas_EventsResponse, data);
}
function isEventsResponse(data) {
  return validate_schemas_EventsResponse(data);
}
function validateEventStream(data) {
  return check(validate_schemas_EventStream, data);
}
function isEventStream(data) {
  return validate_schemas_EventStream(data);
}
function validateWriteEventStream(data) {
  return check(validate_schemas_WriteEventStream, data);
}
function isWriteEventStream(data) {
  return validate_schemas_WriteEventStream(data);
}
function validateExportJobResource(data) {
  return check(validate_schemas_ExportJobResource, data);
}
function isExportJobResource(data) {
  return validate_schemas_ExportJobResource(data);
}
function validateExportJobResponse(data) {
  return check(validate_schemas_ExportJobResponse, data);
}
function isExportJobResponse(data) {
  return validate_schemas_ExportJobResponse(data);
}
function validateExportJobsResponse(data) {
  return check(validate_schemas_ExportJobsResponse, data);
}
function isExportJobsResponse(data) {
  return validate_schemas_ExportJobsResponse(data);
}
function validateExportJobRequest(data) {
  return check(validate_schemas_ExportJobRequest, data);
}
function isExportJobRequest(data) {
  return validate_schemas_ExportJobRequest(data);
}
function validateImportJobResource(data) {
  return check(validate_schemas_ImportJobResource, data);
}
function isImportJobResource(data) {
  return validate_schemas_ImportJobResource(data);
}
function validateImportJobResponse(data) {
  return check(validate_schemas_ImportJobResponse, data);
}
function isImportJobResponse(data) {
  return validate_schemas_ImportJobResponse(data);
}
function validateImportJobsResponse(data) {
  return check(validate_schemas_ImportJobsResponse, data);
}
function isImportJobsResponse(data) {
  return validate_schemas_ImportJobsResponse(data);
}
function validateImportJobRequest(data) {
  return check(validate_schemas_ImportJobRequest, data);
}
function isImportJobRequest(data) {
  return validate_schemas_ImportJobRequest(data);
}
function validateDefaultMessage(data) {
  return check(validate_schemas_DefaultMessage, data);
}
function isDefaultMessage(data) {
  return validate_schemas_DefaultMessage(data);
}
function validateDefaultPushNotificationMessage(data) {
  return check(validate_schemas_DefaultPushNotificationMessage, data);
}
function isDefaultPushNotificationMessage(data) {
  return validate_schemas_DefaultPushNotificationMessage(data);
}
function validateAPNSMessage(data) {
  return check(validate_schemas_APNSMessage, data);
}
function isAPNSMessage(data) {
  return validate_schemas_APNSMessage(data);
}
function validateGCMMessage(data) {
  return check(validate_schemas_GCMMessage, data);
}
function isGCMMessage(data) {
  return validate_schemas_GCMMessage(data);
}
function validateBaiduMessage(data) {
  return check(validate_schemas_BaiduMessage, data);
}
function isBaiduMessage(data) {
  return validate_schemas_BaiduMessage(data);
}
function validateADMMessage(data) {
  return check(validate_schemas_ADMMessage, data);
}
function isADMMessage(data) {
  return validate_schemas_ADMMessage(data);
}
function validateSimpleEmailPart(data) {
  return check(validate_schemas_SimpleEmailPart, data);
}
function isSimpleEmailPart(data) {
  return validate_schemas_SimpleEmailPart(data);
}
function validateSimpleEmail(data) {
  return check(validate_schemas_SimpleEmail, data);
}
function isSimpleEmail(data) {
  return validate_schemas_SimpleEmail(data);
}
function validateRawEmail(data) {
  return check(validate_schemas_RawEmail, data);
}
function isRawEmail(data) {
  return validate_schemas_RawEmail(data);
}
function validateEmailMessage(data) {
  return check(validate_schemas_EmailMessage, data);
}
function isEmailMessage(data) {
  return validate_schemas_EmailMessage(data);
}
function validateSMSMessage(data) {
  return check(validate_schemas_SMSMessage, data);
}
function isSMSMessage(data) {
  return validate_schemas_SMSMessage(data);
}
function validateVoiceMessage(data) {
  return check(validate_schemas_VoiceMessage, data);
}
function isVoiceMessage(data) {
  return validate_schemas_VoiceMessage(data);
}
function validateDirectMessageConfiguration(data) {
  return check(validate_schemas_DirectMessageConfiguration, data);
}
function isDirectMessageConfiguration(data) {
  return validate_schemas_DirectMessageConfiguration(data);
}
function validateTemplate(data) {
  return check(validate_schemas_Template, data);
}
function isTemplate(data) {
  return validate_schemas_Template(data);
}
function validateTemplateConfiguration(data) {
  return check(validate_schemas_TemplateConfiguration, data);
}
function isTemplateConfiguration(data) {
  return validate_schemas_TemplateConfiguration(data);
}
function validateAddressConfiguration(data) {
  return check(validate_schemas_AddressConfiguration, data);
}
function isAddressConfiguration(data) {
  return validate_schemas_AddressConfiguration(data);
}
function validateEndpointSendConfiguration(data) {
  return check(validate_schemas_EndpointSendConfiguration, data);
}
function isEndpointSendConfiguration(data) {
  return validate_schemas_EndpointSendConfiguration(data);
}
function validateMessageRequest(data) {
  return check(validate_schemas_MessageRequest, data);
}
function isMessageRequest(data) {
  return validate_schemas_MessageRequest(data);
}
function validateMessageResult(data) {
  return check(validate_schemas_MessageResult, data);
}
function isMessageResult(data) {
  return validate_schemas_MessageResult(data);
}
function validateEndpointMessageResult(data) {
  return check(validate_schemas_EndpointMessageResult, data);
}
function isEndpointMessageResult(data) {
  return validate_schemas_EndpointMessageResult(data);
}
function validateMessageResponse(data) {
  return check(validate_schemas_MessageResponse, data);
}
function isMessageResponse(data) {
  return validate_schemas_MessageResponse(data);
}
function validateNumberValidateRequest(data) {
  return check(validate_schemas_NumberValidateRequest, data);
}
function isNumberValidateRequest(data) {
  return validate_schemas_NumberValidateRequest(data);
}
function validateNumberValidateResponse(data) {
  return check(validate_schemas_NumberValidateResponse, data);
}
function isNumberValidateResponse(data) {
  return validate_schemas_NumberValidateResponse(data);
}
function validateAttributeDimension(data) {
  return check(validate_schemas_AttributeDimension, data);
}
function isAttributeDimension(data) {
  return validate_schemas_AttributeDimension(data);
}
function validateRecencyDimension(data) {
  return check(validate_schemas_RecencyDimension, data);
}
function isRecencyDimension(data) {
  return validate_schemas_RecencyDimension(data);
}
function validateSegmentBehaviors(data) {
  return check(validate_schemas_SegmentBehaviors, data);
}
function isSegmentBehaviors(data) {
  return validate_schemas_SegmentBehaviors(data);
}
function validateSetDimension(data) {
  return check(validate_schemas_SetDimension, data);
}
function isSetDimension(data) {
  return validate_schemas_SetDimension(data);
}
function validateSegmentDemographics(data) {
  return check(validate_schemas_SegmentDemographics, data);
}
function isSegmentDemographics(data) {
  return validate_schemas_SegmentDemographics(data);
}
function validateGPSCoordinates(data) {
  return check(validate_schemas_GPSCoordinates, data);
}
function isGPSCoordinates(data) {
  return validate_schemas_GPSCoordinates(data);
}
function validateGPSPointDimension(data) {
  return check(validate_schemas_GPSPointDimension, data);
}
function isGPSPointDimension(data) {
  return validate_schemas_GPSPointDimension(data);
}
function validateSegmentLocation(data) {
  return check(validate_schemas_SegmentLocation, data);
}
function isSegmentLocation(data) {
  return validate_schemas_SegmentLocation(data);
}
function validateMetricDimension(data) {
  return check(validate_schemas_MetricDimension, data);
}
function isMetricDimension(data) {
  return validate_schemas_MetricDimension(data);
}
function validateSegmentDimensions(data) {
  return check(validate_schemas_SegmentDimensions, data);
}
function isSegmentDimensions(data) {
  return validate_schemas_SegmentDimensions(data);
}
function validateSegmentImportResource(data) {
  return check(validate_schemas_SegmentImportResource, data);
}
function isSegmentImportResource(data) {
  return validate_schemas_SegmentImportResource(data);
}
function validateSegmentReference(data) {
  return check(validate_schemas_SegmentReference, data);
}
function isSegmentReference(data) {
  return validate_schemas_SegmentReference(data);
}
function validateSegmentGroup(data) {
  return check(validate_schemas_SegmentGroup, data);
}
function isSegmentGroup(data) {
  return validate_schemas_SegmentGroup(data);
}
function validateSegmentGroupList(data) {
  return check(validate_schemas_SegmentGroupList, data);
}
function isSegmentGroupList(data) {
  return validate_schemas_SegmentGroupList(data);
}
function validateSegmentResponse(data) {
  return check(validate_schemas_SegmentResponse, data);
}
function isSegmentResponse(data) {
  return validate_schemas_SegmentResponse(data);
}
function validateSegmentsResponse(data) {
  return check(validate_schemas_SegmentsResponse, data);
}
function isSegmentsResponse(data) {
  return validate_schemas_SegmentsResponse(data);
}
function validateWriteSegmentRequest(data) {
  return check(validate_schemas_WriteSegmentRequest, data);
}
function isWriteSegmentRequest(data) {
  return validate_schemas_WriteSegmentRequest(data);
}
function validateApplicationSettingsResource(data) {
  return check(validate_schemas_ApplicationSettingsResource, data);
}
function isApplicationSettingsResource(data) {
  return validate_schemas_ApplicationSettingsResource(data);
}
function validateWriteApplicationSettingsRequest(data) {
  return check(validate_schemas_WriteApplicationSettingsRequest, data);
}
function isWriteApplicationSettingsRequest(data) {
  return validate_schemas_WriteApplicationSettingsRequest(data);
}
function validateSendUsersMessageRequest(data) {
  return check(validate_schemas_SendUsersMessageRequest, data);
}
function isSendUsersMessageRequest(data) {
  return validate_schemas_SendUsersMessageRequest(data);
}
function validateSendUsersMessageResponse(data) {
  return check(validate_schemas_SendUsersMessageResponse, data);
}
function isSendUsersMessageResponse(data) {
  return validate_schemas_SendUsersMessageResponse(data);
}
function validateEndpointsResponse(data) {
  return check(validate_schemas_EndpointsResponse, data);
}
function isEndpointsResponse(data) {
  return validate_schemas_EndpointsResponse(data);
}
function validateGetAppsResponse200(data) {
  return check(validate_schemas_ApplicationsResponse, data);
}
function validateGetAppsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateAppRequest(data) {
  return check(validate_schemas_CreateApplicationRequest, data);
}
function validateCreateAppResponse201(data) {
  return check(validate_schemas_ApplicationResponse, data);
}
function validateCreateAppResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateAppResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateAppResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateAppResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateAppResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateAppResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppResponse200(data) {
  return check(validate_schemas_ApplicationResponse, data);
}
function validateGetAppResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAppResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAppResponse200(data) {
  return check(validate_schemas_ApplicationResponse, data);
}
function validateDeleteAppResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAppResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAppResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAppResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAppResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAppResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignsResponse200(data) {
  return check(validate_schemas_CampaignsResponse, data);
}
function validateGetCampaignsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateCampaignRequest(data) {
  return check(validate_schemas_WriteCampaignRequest, data);
}
function validateCreateCampaignResponse201(data) {
  return check(validate_schemas_CampaignResponse, data);
}
function validateCreateCampaignResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateCampaignResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateCampaignResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateCampaignResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateCampaignResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateCampaignResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignResponse200(data) {
  return check(validate_schemas_CampaignResponse, data);
}
function validateGetCampaignResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateCampaignRequest(data) {
  return check(validate_schemas_WriteCampaignRequest, data);
}
function validateUpdateCampaignResponse200(data) {
  return check(validate_schemas_CampaignResponse, data);
}
function validateUpdateCampaignResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateCampaignResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateCampaignResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateCampaignResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateCampaignResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateCampaignResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteCampaignResponse200(data) {
  return check(validate_schemas_CampaignResponse, data);
}
function validateDeleteCampaignResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteCampaignResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteCampaignResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteCampaignResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteCampaignResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteCampaignResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignActivitiesResponse200(data) {
  return check(validate_schemas_ActivitiesResponse, data);
}
function validateGetCampaignActivitiesResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignActivitiesResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignActivitiesResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignActivitiesResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignActivitiesResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignActivitiesResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionsResponse200(data) {
  return check(validate_schemas_CampaignsResponse, data);
}
function validateGetCampaignVersionsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionResponse200(data) {
  return check(validate_schemas_CampaignResponse, data);
}
function validateGetCampaignVersionResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetCampaignVersionResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAdmChannelResponse200(data) {
  return check(validate_schemas_ADMChannelResponse, data);
}
function validateGetAdmChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAdmChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAdmChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAdmChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAdmChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetAdmChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateAdmChannelRequest(data) {
  return check(validate_schemas_ADMChannelRequest, data);
}
function validateUpdateAdmChannelResponse200(data) {
  return check(validate_schemas_ADMChannelResponse, data);
}
function validateUpdateAdmChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateAdmChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateAdmChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateAdmChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateAdmChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateAdmChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAdmChannelResponse200(data) {
  return check(validate_schemas_ADMChannelResponse, data);
}
function validateDeleteAdmChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAdmChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAdmChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAdmChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAdmChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteAdmChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsChannelResponse200(data) {
  return check(validate_schemas_APNSChannelResponse, data);
}
function validateGetApnsChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsChannelRequest(data) {
  return check(validate_schemas_APNSChannelRequest, data);
}
function validateUpdateApnsChannelResponse200(data) {
  return check(validate_schemas_APNSChannelResponse, data);
}
function validateUpdateApnsChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsChannelResponse200(data) {
  return check(validate_schemas_APNSChannelResponse, data);
}
function validateDeleteApnsChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsSandboxChannelResponse200(data) {
  return check(validate_schemas_APNSSandboxChannelResponse, data);
}
function validateGetApnsSandboxChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsSandboxChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsSandboxChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsSandboxChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsSandboxChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsSandboxChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsSandboxChannelRequest(data) {
  return check(validate_schemas_APNSSandboxChannelRequest, data);
}
function validateUpdateApnsSandboxChannelResponse200(data) {
  return check(validate_schemas_APNSSandboxChannelResponse, data);
}
function validateUpdateApnsSandboxChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsSandboxChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsSandboxChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsSandboxChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsSandboxChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsSandboxChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsSandboxChannelResponse200(data) {
  return check(validate_schemas_APNSSandboxChannelResponse, data);
}
function validateDeleteApnsSandboxChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsSandboxChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsSandboxChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsSandboxChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsSandboxChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsSandboxChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipChannelResponse200(data) {
  return check(validate_schemas_APNSVoipChannelResponse, data);
}
function validateGetApnsVoipChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipChannelRequest(data) {
  return check(validate_schemas_APNSVoipChannelRequest, data);
}
function validateUpdateApnsVoipChannelResponse200(data) {
  return check(validate_schemas_APNSVoipChannelResponse, data);
}
function validateUpdateApnsVoipChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipChannelResponse200(data) {
  return check(validate_schemas_APNSVoipChannelResponse, data);
}
function validateDeleteApnsVoipChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipSandboxChannelResponse200(data) {
  return check(validate_schemas_APNSVoipSandboxChannelResponse, data);
}
function validateGetApnsVoipSandboxChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipSandboxChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipSandboxChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipSandboxChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipSandboxChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApnsVoipSandboxChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipSandboxChannelRequest(data) {
  return check(validate_schemas_APNSVoipSandboxChannelRequest, data);
}
function validateUpdateApnsVoipSandboxChannelResponse200(data) {
  return check(validate_schemas_APNSVoipSandboxChannelResponse, data);
}
function validateUpdateApnsVoipSandboxChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipSandboxChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipSandboxChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipSandboxChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipSandboxChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApnsVoipSandboxChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipSandboxChannelResponse200(data) {
  return check(validate_schemas_APNSVoipSandboxChannelResponse, data);
}
function validateDeleteApnsVoipSandboxChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipSandboxChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipSandboxChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipSandboxChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipSandboxChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteApnsVoipSandboxChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetBaiduChannelResponse200(data) {
  return check(validate_schemas_BaiduChannelResponse, data);
}
function validateGetBaiduChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetBaiduChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetBaiduChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetBaiduChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetBaiduChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetBaiduChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateBaiduChannelRequest(data) {
  return check(validate_schemas_BaiduChannelRequest, data);
}
function validateUpdateBaiduChannelResponse200(data) {
  return check(validate_schemas_BaiduChannelResponse, data);
}
function validateUpdateBaiduChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateBaiduChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateBaiduChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateBaiduChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateBaiduChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateBaiduChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteBaiduChannelResponse200(data) {
  return check(validate_schemas_BaiduChannelResponse, data);
}
function validateDeleteBaiduChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteBaiduChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteBaiduChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteBaiduChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteBaiduChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteBaiduChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEmailChannelResponse200(data) {
  return check(validate_schemas_EmailChannelResponse, data);
}
function validateGetEmailChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEmailChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEmailChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEmailChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEmailChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEmailChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEmailChannelRequest(data) {
  return check(validate_schemas_EmailChannelRequest, data);
}
function validateUpdateEmailChannelResponse200(data) {
  return check(validate_schemas_EmailChannelResponse, data);
}
function validateUpdateEmailChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEmailChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEmailChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEmailChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEmailChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEmailChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEmailChannelResponse200(data) {
  return check(validate_schemas_EmailChannelResponse, data);
}
function validateDeleteEmailChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEmailChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEmailChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEmailChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEmailChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEmailChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetGcmChannelResponse200(data) {
  return check(validate_schemas_GCMChannelResponse, data);
}
function validateGetGcmChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetGcmChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetGcmChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetGcmChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetGcmChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetGcmChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateGcmChannelRequest(data) {
  return check(validate_schemas_GCMChannelRequest, data);
}
function validateUpdateGcmChannelResponse200(data) {
  return check(validate_schemas_GCMChannelResponse, data);
}
function validateUpdateGcmChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateGcmChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateGcmChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateGcmChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateGcmChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateGcmChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteGcmChannelResponse200(data) {
  return check(validate_schemas_GCMChannelResponse, data);
}
function validateDeleteGcmChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteGcmChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteGcmChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteGcmChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteGcmChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteGcmChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSmsChannelResponse200(data) {
  return check(validate_schemas_SMSChannelResponse, data);
}
function validateGetSmsChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSmsChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSmsChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSmsChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSmsChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSmsChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSmsChannelRequest(data) {
  return check(validate_schemas_SMSChannelRequest, data);
}
function validateUpdateSmsChannelResponse200(data) {
  return check(validate_schemas_SMSChannelResponse, data);
}
function validateUpdateSmsChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSmsChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSmsChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSmsChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSmsChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSmsChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSmsChannelResponse200(data) {
  return check(validate_schemas_SMSChannelResponse, data);
}
function validateDeleteSmsChannelResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSmsChannelResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSmsChannelResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSmsChannelResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSmsChannelResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSmsChannelResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointsBatchRequest(data) {
  return check(validate_schemas_EndpointBatchRequest, data);
}
function validateUpdateEndpointsBatchResponse202(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointsBatchResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointsBatchResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointsBatchResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointsBatchResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointsBatchResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointsBatchResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEndpointResponse200(data) {
  return check(validate_schemas_EndpointResponse, data);
}
function validateGetEndpointResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEndpointResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEndpointResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEndpointResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEndpointResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEndpointResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointRequest(data) {
  return check(validate_schemas_EndpointRequest, data);
}
function validateUpdateEndpointResponse202(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateEndpointResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEndpointResponse202(data) {
  return check(validate_schemas_EndpointResponse, data);
}
function validateDeleteEndpointResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEndpointResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEndpointResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEndpointResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEndpointResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEndpointResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventsRequest(data) {
  return check(validate_schemas_EventsRequest, data);
}
function validatePutEventsResponse202(data) {
  return check(validate_schemas_EventsResponse, data);
}
function validatePutEventsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEventStreamResponse200(data) {
  return check(validate_schemas_EventStream, data);
}
function validateGetEventStreamResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEventStreamResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEventStreamResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEventStreamResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEventStreamResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetEventStreamResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventStreamRequest(data) {
  return check(validate_schemas_WriteEventStream, data);
}
function validatePutEventStreamResponse200(data) {
  return check(validate_schemas_EventStream, data);
}
function validatePutEventStreamResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventStreamResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventStreamResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventStreamResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventStreamResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePutEventStreamResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEventStreamResponse200(data) {
  return check(validate_schemas_EventStream, data);
}
function validateDeleteEventStreamResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEventStreamResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEventStreamResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEventStreamResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEventStreamResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteEventStreamResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobsResponse200(data) {
  return check(validate_schemas_ExportJobsResponse, data);
}
function validateGetExportJobsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateExportJobRequest(data) {
  return check(validate_schemas_ExportJobRequest, data);
}
function validateCreateExportJobResponse202(data) {
  return check(validate_schemas_ExportJobResponse, data);
}
function validateCreateExportJobResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateExportJobResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateExportJobResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateExportJobResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateExportJobResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateExportJobResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobResponse200(data) {
  return check(validate_schemas_ExportJobResponse, data);
}
function validateGetExportJobResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetExportJobResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobsResponse200(data) {
  return check(validate_schemas_ImportJobsResponse, data);
}
function validateGetImportJobsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateImportJobRequest(data) {
  return check(validate_schemas_ImportJobRequest, data);
}
function validateCreateImportJobResponse201(data) {
  return check(validate_schemas_ImportJobResponse, data);
}
function validateCreateImportJobResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateImportJobResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateImportJobResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateImportJobResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateImportJobResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateImportJobResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobResponse200(data) {
  return check(validate_schemas_ImportJobResponse, data);
}
function validateGetImportJobResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetImportJobResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendMessagesRequest(data) {
  return check(validate_schemas_MessageRequest, data);
}
function validateSendMessagesResponse200(data) {
  return check(validate_schemas_MessageResponse, data);
}
function validateSendMessagesResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendMessagesResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendMessagesResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendMessagesResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendMessagesResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendMessagesResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePhoneNumberValidateRequest(data) {
  return check(validate_schemas_NumberValidateRequest, data);
}
function validatePhoneNumberValidateResponse200(data) {
  return check(validate_schemas_NumberValidateResponse, data);
}
function validatePhoneNumberValidateResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePhoneNumberValidateResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePhoneNumberValidateResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePhoneNumberValidateResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePhoneNumberValidateResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validatePhoneNumberValidateResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentsResponse200(data) {
  return check(validate_schemas_SegmentsResponse, data);
}
function validateGetSegmentsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateSegmentRequest(data) {
  return check(validate_schemas_WriteSegmentRequest, data);
}
function validateCreateSegmentResponse201(data) {
  return check(validate_schemas_SegmentResponse, data);
}
function validateCreateSegmentResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateSegmentResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateSegmentResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateSegmentResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateSegmentResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateCreateSegmentResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentResponse200(data) {
  return check(validate_schemas_SegmentResponse, data);
}
function validateGetSegmentResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSegmentRequest(data) {
  return check(validate_schemas_WriteSegmentRequest, data);
}
function validateUpdateSegmentResponse200(data) {
  return check(validate_schemas_SegmentResponse, data);
}
function validateUpdateSegmentResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSegmentResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSegmentResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSegmentResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSegmentResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateSegmentResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSegmentResponse200(data) {
  return check(validate_schemas_SegmentResponse, data);
}
function validateDeleteSegmentResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSegmentResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSegmentResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSegmentResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSegmentResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteSegmentResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentExportJobsResponse200(data) {
  return check(validate_schemas_ExportJobsResponse, data);
}
function validateGetSegmentExportJobsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentExportJobsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentExportJobsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentExportJobsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentExportJobsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentExportJobsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentImportJobsResponse200(data) {
  return check(validate_schemas_ImportJobsResponse, data);
}
function validateGetSegmentImportJobsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentImportJobsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentImportJobsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentImportJobsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentImportJobsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentImportJobsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionsResponse200(data) {
  return check(validate_schemas_SegmentsResponse, data);
}
function validateGetSegmentVersionsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionResponse200(data) {
  return check(validate_schemas_SegmentResponse, data);
}
function validateGetSegmentVersionResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetSegmentVersionResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApplicationSettingsResponse200(data) {
  return check(validate_schemas_ApplicationSettingsResource, data);
}
function validateGetApplicationSettingsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApplicationSettingsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApplicationSettingsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApplicationSettingsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApplicationSettingsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetApplicationSettingsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApplicationSettingsRequest(data) {
  return check(validate_schemas_WriteApplicationSettingsRequest, data);
}
function validateUpdateApplicationSettingsResponse200(data) {
  return check(validate_schemas_ApplicationSettingsResource, data);
}
function validateUpdateApplicationSettingsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApplicationSettingsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApplicationSettingsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApplicationSettingsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApplicationSettingsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateUpdateApplicationSettingsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendUsersMessagesRequest(data) {
  return check(validate_schemas_SendUsersMessageRequest, data);
}
function validateSendUsersMessagesResponse200(data) {
  return check(validate_schemas_SendUsersMessageResponse, data);
}
function validateSendUsersMessagesResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendUsersMessagesResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendUsersMessagesResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendUsersMessagesResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendUsersMessagesResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateSendUsersMessagesResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetUserEndpointsResponse200(data) {
  return check(validate_schemas_EndpointsResponse, data);
}
function validateGetUserEndpointsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetUserEndpointsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetUserEndpointsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetUserEndpointsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetUserEndpointsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateGetUserEndpointsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteUserEndpointsResponse202(data) {
  return check(validate_schemas_EndpointsResponse, data);
}
function validateDeleteUserEndpointsResponse400(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteUserEndpointsResponse403(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteUserEndpointsResponse404(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteUserEndpointsResponse405(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteUserEndpointsResponse429(data) {
  return check(validate_schemas_MessageBody, data);
}
function validateDeleteUserEndpointsResponse500(data) {
  return check(validate_schemas_MessageBody, data);
}
export {
  formatIssues,
  isADMChannelRequest,
  isADMChannelResponse,
  isADMMessage,
  isAPNSChannelRequest,
  isAPNSChannelResponse,
  isAPNSMessage,
  isAPNSSandboxChannelRequest,
  isAPNSSandboxChannelResponse,
  isAPNSVoipChannelRequest,
  isAPNSVoipChannelResponse,
  isAPNSVoipSandboxChannelRequest,
  isAPNSVoipSandboxChannelResponse,
  isActivitiesResponse,
  isActivityResponse,
  isAddressConfiguration,
  isApplicationResponse,
  isApplicationSettingsResource,
  isApplicationsResponse,
  isAttributeDimension,
  isBaiduChannelRequest,
  isBaiduChannelResponse,
  isBaiduMessage,
  isCampaignEmailMessage,
  isCampaignHook,
  isCampaignLimits,
  isCampaignResponse,
  isCampaignSmsMessage,
  isCampaignState,
  isCampaignsResponse,
  isCreateApplicationRequest,
  isDefaultMessage,
  isDefaultPushNotificationMessage,
  isDirectMessageConfiguration,
  isEmailChannelRequest,
  isEmailChannelResponse,
  isEmailMessage,
  isEndpointBatchItem,
  isEndpointBatchRequest,
  isEndpointDemographic,
  isEndpointItemResponse,
  isEndpointLocation,
  isEndpointMessageResult,
  isEndpointRequest,
  isEndpointResponse,
  isEndpointSendConfiguration,
  isEndpointUser,
  isEndpointsResponse,
  isEvent,
  isEventItemResponse,
  isEventStream,
  isEventsBatch,
  isEventsRequest,
  isEventsResponse,
  isExportJobRequest,
  isExportJobResource,
  isExportJobResponse,
  isExportJobsResponse,
  isGCMChannelRequest,
  isGCMChannelResponse,
  isGCMMessage,
  isGPSCoordinates,
  isGPSPointDimension,
  isImportJobRequest,
  isImportJobResource,
  isImportJobResponse,
  isImportJobsResponse,
  isItemResponse,
  isMessage,
  isMessageBody,
  isMessageConfiguration,
  isMessageRequest,
  isMessageResponse,
  isMessageResult,
  isMetricDimension,
  isNumberValidateRequest,
  isNumberValidateResponse,
  isPublicEndpoint,
  isQuietTime,
  isRawEmail,
  isRecencyDimension,
  isSMSChannelRequest,
  isSMSChannelResponse,
  isSMSMessage,
  isSchedule,
  isSegmentBehaviors,
  isSegmentDemographics,
  isSegmentDimensions,
  isSegmentGroup,
  isSegmentGroupList,
  isSegmentImportResource,
  isSegmentLocation,
  isSegmentReference,
  isSegmentResponse,
  isSegmentsResponse,
  isSendUsersMessageRequest,
  isSendUsersMessageResponse,
  isSession,
  isSetDimension,
  isSimpleEmail,
  isSimpleEmailPart,
  isTemplate,
  isTemplateConfiguration,
  isTreatmentResource,
  isVoiceMessage,
  isWriteApplicationSettingsRequest,
  isWriteCampaignRequest,
  isWriteEventStream,
  isWriteSegmentRequest,
  isWriteTreatmentResource,
  validateADMChannelRequest,
  validateADMChannelResponse,
  validateADMMessage,
  validateAPNSChannelRequest,
  validateAPNSChannelResponse,
  validateAPNSMessage,
  validateAPNSSandboxChannelRequest,
  validateAPNSSandboxChannelResponse,
  validateAPNSVoipChannelRequest,
  validateAPNSVoipChannelResponse,
  validateAPNSVoipSandboxChannelRequest,
  validateAPNSVoipSandboxChannelResponse,
  validateActivitiesResponse,
  validateActivityResponse,
  validateAddressConfiguration,
  validateApplicationResponse,
  validateApplicationSettingsResource,
  validateApplicationsResponse,
  validateAttributeDimension,
  validateBaiduChannelRequest,
  validateBaiduChannelResponse,
  validateBaiduMessage,
  validateCampaignEmailMessage,
  validateCampaignHook,
  validateCampaignLimits,
  validateCampaignResponse,
  validateCampaignSmsMessage,
  validateCampaignState,
  validateCampaignsResponse,
  validateCreateAppRequest,
  validateCreateAppResponse201,
  validateCreateAppResponse400,
  validateCreateAppResponse403,
  validateCreateAppResponse404,
  validateCreateAppResponse405,
  validateCreateAppResponse429,
  validateCreateAppResponse500,
  validateCreateApplicationRequest,
  validateCreateCampaignRequest,
  validateCreateCampaignResponse201,
  validateCreateCampaignResponse400,
  validateCreateCampaignResponse403,
  validateCreateCampaignResponse404,
  validateCreateCampaignResponse405,
  validateCreateCampaignResponse429,
  validateCreateCampaignResponse500,
  validateCreateExportJobRequest,
  validateCreateExportJobResponse202,
  validateCreateExportJobResponse400,
  validateCreateExportJobResponse403,
  validateCreateExportJobResponse404,
  validateCreateExportJobResponse405,
  validateCreateExportJobResponse429,
  validateCreateExportJobResponse500,
  validateCreateImportJobRequest,
  validateCreateImportJobResponse201,
  validateCreateImportJobResponse400,
  validateCreateImportJobResponse403,
  validateCreateImportJobResponse404,
  validateCreateImportJobResponse405,
  validateCreateImportJobResponse429,
  validateCreateImportJobResponse500,
  validateCreateSegmentRequest,
  validateCreateSegmentResponse201,
  validateCreateSegmentResponse400,
  validateCreateSegmentResponse403,
  validateCreateSegmentResponse404,
  validateCreateSegmentResponse405,
  validateCreateSegmentResponse429,
  validateCreateSegmentResponse500,
  validateDefaultMessage,
  validateDefaultPushNotificationMessage,
  validateDeleteAdmChannelResponse200,
  validateDeleteAdmChannelResponse400,
  validateDeleteAdmChannelResponse403,
  validateDeleteAdmChannelResponse404,
  validateDeleteAdmChannelResponse405,
  validateDeleteAdmChannelResponse429,
  validateDeleteAdmChannelResponse500,
  validateDeleteApnsChannelResponse200,
  validateDeleteApnsChannelResponse400,
  validateDeleteApnsChannelResponse403,
  validateDeleteApnsChannelResponse404,
  validateDeleteApnsChannelResponse405,
  validateDeleteApnsChannelResponse429,
  validateDeleteApnsChannelResponse500,
  validateDeleteApnsSandboxChannelResponse200,
  validateDeleteApnsSandboxChannelResponse400,
  validateDeleteApnsSandboxChannelResponse403,
  validateDeleteApnsSandboxChannelResponse404,
  validateDeleteApnsSandboxChannelResponse405,
  validateDeleteApnsSandboxChannelResponse429,
  validateDeleteApnsSandboxChannelResponse500,
  validateDeleteApnsVoipChannelResponse200,
  validateDeleteApnsVoipChannelResponse400,
  validateDeleteApnsVoipChannelResponse403,
  validateDeleteApnsVoipChannelResponse404,
  validateDeleteApnsVoipChannelResponse405,
  validateDeleteApnsVoipChannelResponse429,
  validateDeleteApnsVoipChannelResponse500,
  validateDeleteApnsVoipSandboxChannelResponse200,
  validateDeleteApnsVoipSandboxChannelResponse400,
  validateDeleteApnsVoipSandboxChannelResponse403,
  validateDeleteApnsVoipSandboxChannelResponse404,
  validateDeleteApnsVoipSandboxChannelResponse405,
  validateDeleteApnsVoipSandboxChannelResponse429,
  validateDeleteApnsVoipSandboxChannelResponse500,
  validateDeleteAppResponse200,
  validateDeleteAppResponse400,
  validateDeleteAppResponse403,
  validateDeleteAppResponse404,
  validateDeleteAppResponse405,
  validateDeleteAppResponse429,
  validateDeleteAppResponse500,
  validateDeleteBaiduChannelResponse200,
  validateDeleteBaiduChannelResponse400,
  validateDeleteBaiduChannelResponse403,
  validateDeleteBaiduChannelResponse404,
  validateDeleteBaiduChannelResponse405,
  validateDeleteBaiduChannelResponse429,
  validateDeleteBaiduChannelResponse500,
  validateDeleteCampaignResponse200,
  validateDeleteCampaignResponse400,
  validateDeleteCampaignResponse403,
  validateDeleteCampaignResponse404,
  validateDeleteCampaignResponse405,
  validateDeleteCampaignResponse429,
  validateDeleteCampaignResponse500,
  validateDeleteEmailChannelResponse200,
  validateDeleteEmailChannelResponse400,
  validateDeleteEmailChannelResponse403,
  validateDeleteEmailChannelResponse404,
  validateDeleteEmailChannelResponse405,
  validateDeleteEmailChannelResponse429,
  validateDeleteEmailChannelResponse500,
  validateDeleteEndpointResponse202,
  validateDeleteEndpointResponse400,
  validateDeleteEndpointResponse403,
  validateDeleteEndpointResponse404,
  validateDeleteEndpointResponse405,
  validateDeleteEndpointResponse429,
  validateDeleteEndpointResponse500,
  validateDeleteEventStreamResponse200,
  validateDeleteEventStreamResponse400,
  validateDeleteEventStreamResponse403,
  validateDeleteEventStreamResponse404,
  validateDeleteEventStreamResponse405,
  validateDeleteEventStreamResponse429,
  validateDeleteEventStreamResponse500,
  validateDeleteGcmChannelResponse200,
  validateDeleteGcmChannelResponse400,
  validateDeleteGcmChannelResponse403,
  validateDeleteGcmChannelResponse404,
  validateDeleteGcmChannelResponse405,
  validateDeleteGcmChannelResponse429,
  validateDeleteGcmChannelResponse500,
  validateDeleteSegmentResponse200,
  validateDeleteSegmentResponse400,
  validateDeleteSegmentResponse403,
  validateDeleteSegmentResponse404,
  validateDeleteSegmentResponse405,
  validateDeleteSegmentResponse429,
  validateDeleteSegmentResponse500,
  validateDeleteSmsChannelResponse200,
  validateDeleteSmsChannelResponse400,
  validateDeleteSmsChannelResponse403,
  validateDeleteSmsChannelResponse404,
  validateDeleteSmsChannelResponse405,
  validateDeleteSmsChannelResponse429,
  validateDeleteSmsChannelResponse500,
  validateDeleteUserEndpointsResponse202,
  validateDeleteUserEndpointsResponse400,
  validateDeleteUserEndpointsResponse403,
  validateDeleteUserEndpointsResponse404,
  validateDeleteUserEndpointsResponse405,
  validateDeleteUserEndpointsResponse429,
  validateDeleteUserEndpointsResponse500,
  validateDirectMessageConfiguration,
  validateEmailChannelRequest,
  validateEmailChannelResponse,
  validateEmailMessage,
  validateEndpointBatchItem,
  validateEndpointBatchRequest,
  validateEndpointDemographic,
  validateEndpointItemResponse,
  validateEndpointLocation,
  validateEndpointMessageResult,
  validateEndpointRequest,
  validateEndpointResponse,
  validateEndpointSendConfiguration,
  validateEndpointUser,
  validateEndpointsResponse,
  validateEvent,
  validateEventItemResponse,
  validateEventStream,
  validateEventsBatch,
  validateEventsRequest,
  validateEventsResponse,
  validateExportJobRequest,
  validateExportJobResource,
  validateExportJobResponse,
  validateExportJobsResponse,
  validateGCMChannelRequest,
  validateGCMChannelResponse,
  validateGCMMessage,
  validateGPSCoordinates,
  validateGPSPointDimension,
  validateGetAdmChannelResponse200,
  validateGetAdmChannelResponse400,
  validateGetAdmChannelResponse403,
  validateGetAdmChannelResponse404,
  validateGetAdmChannelResponse405,
  validateGetAdmChannelResponse429,
  validateGetAdmChannelResponse500,
  validateGetApnsChannelResponse200,
  validateGetApnsChannelResponse400,
  validateGetApnsChannelResponse403,
  validateGetApnsChannelResponse404,
  validateGetApnsChannelResponse405,
  validateGetApnsChannelResponse429,
  validateGetApnsChannelResponse500,
  validateGetApnsSandboxChannelResponse200,
  validateGetApnsSandboxChannelResponse400,
  validateGetApnsSandboxChannelResponse403,
  validateGetApnsSandboxChannelResponse404,
  validateGetApnsSandboxChannelResponse405,
  validateGetApnsSandboxChannelResponse429,
  validateGetApnsSandboxChannelResponse500,
  validateGetApnsVoipChannelResponse200,
  validateGetApnsVoipChannelResponse400,
  validateGetApnsVoipChannelResponse403,
  validateGetApnsVoipChannelResponse404,
  validateGetApnsVoipChannelResponse405,
  validateGetApnsVoipChannelResponse429,
  validateGetApnsVoipChannelResponse500,
  validateGetApnsVoipSandboxChannelResponse200,
  validateGetApnsVoipSandboxChannelResponse400,
  validateGetApnsVoipSandboxChannelResponse403,
  validateGetApnsVoipSandboxChannelResponse404,
  validateGetApnsVoipSandboxChannelResponse405,
  validateGetApnsVoipSandboxChannelResponse429,
  validateGetApnsVoipSandboxChannelResponse500,
  validateGetAppResponse200,
  validateGetAppResponse400,
  validateGetAppResponse403,
  validateGetAppResponse404,
  validateGetAppResponse405,
  validateGetAppResponse429,
  validateGetAppResponse500,
  validateGetApplicationSettingsResponse200,
  validateGetApplicationSettingsResponse400,
  validateGetApplicationSettingsResponse403,
  validateGetApplicationSettingsResponse404,
  validateGetApplicationSettingsResponse405,
  validateGetApplicationSettingsResponse429,
  validateGetApplicationSettingsResponse500,
  validateGetAppsResponse200,
  validateGetAppsResponse400,
  validateGetAppsResponse403,
  validateGetAppsResponse404,
  validateGetAppsResponse405,
  validateGetAppsResponse429,
  validateGetAppsResponse500,
  validateGetBaiduChannelResponse200,
  validateGetBaiduChannelResponse400,
  validateGetBaiduChannelResponse403,
  validateGetBaiduChannelResponse404,
  validateGetBaiduChannelResponse405,
  validateGetBaiduChannelResponse429,
  validateGetBaiduChannelResponse500,
  validateGetCampaignActivitiesResponse200,
  validateGetCampaignActivitiesResponse400,
  validateGetCampaignActivitiesResponse403,
  validateGetCampaignActivitiesResponse404,
  validateGetCampaignActivitiesResponse405,
  validateGetCampaignActivitiesResponse429,
  validateGetCampaignActivitiesResponse500,
  validateGetCampaignResponse200,
  validateGetCampaignResponse400,
  validateGetCampaignResponse403,
  validateGetCampaignResponse404,
  validateGetCampaignResponse405,
  validateGetCampaignResponse429,
  validateGetCampaignResponse500,
  validateGetCampaignVersionResponse200,
  validateGetCampaignVersionResponse400,
  validateGetCampaignVersionResponse403,
  validateGetCampaignVersionResponse404,
  validateGetCampaignVersionResponse405,
  validateGetCampaignVersionResponse429,
  validateGetCampaignVersionResponse500,
  validateGetCampaignVersionsResponse200,
  validateGetCampaignVersionsResponse400,
  validateGetCampaignVersionsResponse403,
  validateGetCampaignVersionsResponse404,
  validateGetCampaignVersionsResponse405,
  validateGetCampaignVersionsResponse429,
  validateGetCampaignVersionsResponse500,
  validateGetCampaignsResponse200,
  validateGetCampaignsResponse400,
  validateGetCampaignsResponse403,
  validateGetCampaignsResponse404,
  validateGetCampaignsResponse405,
  validateGetCampaignsResponse429,
  validateGetCampaignsResponse500,
  validateGetEmailChannelResponse200,
  validateGetEmailChannelResponse400,
  validateGetEmailChannelResponse403,
  validateGetEmailChannelResponse404,
  validateGetEmailChannelResponse405,
  validateGetEmailChannelResponse429,
  validateGetEmailChannelResponse500,
  validateGetEndpointResponse200,
  validateGetEndpointResponse400,
  validateGetEndpointResponse403,
  validateGetEndpointResponse404,
  validateGetEndpointResponse405,
  validateGetEndpointResponse429,
  validateGetEndpointResponse500,
  validateGetEventStreamResponse200,
  validateGetEventStreamResponse400,
  validateGetEventStreamResponse403,
  validateGetEventStreamResponse404,
  validateGetEventStreamResponse405,
  validateGetEventStreamResponse429,
  validateGetEventStreamResponse500,
  validateGetExportJobResponse200,
  validateGetExportJobResponse400,
  validateGetExportJobResponse403,
  validateGetExportJobResponse404,
  validateGetExportJobResponse405,
  validateGetExportJobResponse429,
  validateGetExportJobResponse500,
  validateGetExportJobsResponse200,
  validateGetExportJobsResponse400,
  validateGetExportJobsResponse403,
  validateGetExportJobsResponse404,
  validateGetExportJobsResponse405,
  validateGetExportJobsResponse429,
  validateGetExportJobsResponse500,
  validateGetGcmChannelResponse200,
  validateGetGcmChannelResponse400,
  validateGetGcmChannelResponse403,
  validateGetGcmChannelResponse404,
  validateGetGcmChannelResponse405,
  validateGetGcmChannelResponse429,
  validateGetGcmChannelResponse500,
  validateGetImportJobResponse200,
  validateGetImportJobResponse400,
  validateGetImportJobResponse403,
  validateGetImportJobResponse404,
  validateGetImportJobResponse405,
  validateGetImportJobResponse429,
  validateGetImportJobResponse500,
  validateGetImportJobsResponse200,
  validateGetImportJobsResponse400,
  validateGetImportJobsResponse403,
  validateGetImportJobsResponse404,
  validateGetImportJobsResponse405,
  validateGetImportJobsResponse429,
  validateGetImportJobsResponse500,
  validateGetSegmentExportJobsResponse200,
  validateGetSegmentExportJobsResponse400,
  validateGetSegmentExportJobsResponse403,
  validateGetSegmentExportJobsResponse404,
  validateGetSegmentExportJobsResponse405,
  validateGetSegmentExportJobsResponse429,
  validateGetSegmentExportJobsResponse500,
  validateGetSegmentImportJobsResponse200,
  validateGetSegmentImportJobsResponse400,
  validateGetSegmentImportJobsResponse403,
  validateGetSegmentImportJobsResponse404,
  validateGetSegmentImportJobsResponse405,
  validateGetSegmentImportJobsResponse429,
  validateGetSegmentImportJobsResponse500,
  validateGetSegmentResponse200,
  validateGetSegmentResponse400,
  validateGetSegmentResponse403,
  validateGetSegmentResponse404,
  validateGetSegmentResponse405,
  validateGetSegmentResponse429,
  validateGetSegmentResponse500,
  validateGetSegmentVersionResponse200,
  validateGetSegmentVersionResponse400,
  validateGetSegmentVersionResponse403,
  validateGetSegmentVersionResponse404,
  validateGetSegmentVersionResponse405,
  validateGetSegmentVersionResponse429,
  validateGetSegmentVersionResponse500,
  validateGetSegmentVersionsResponse200,
  validateGetSegmentVersionsResponse400,
  validateGetSegmentVersionsResponse403,
  validateGetSegmentVersionsResponse404,
  validateGetSegmentVersionsResponse405,
  validateGetSegmentVersionsResponse429,
  validateGetSegmentVersionsResponse500,
  validateGetSegmentsResponse200,
  validateGetSegmentsResponse400,
  validateGetSegmentsResponse403,
  validateGetSegmentsResponse404,
  validateGetSegmentsResponse405,
  validateGetSegmentsResponse429,
  validateGetSegmentsResponse500,
  validateGetSmsChannelResponse200,
  validateGetSmsChannelResponse400,
  validateGetSmsChannelResponse403,
  validateGetSmsChannelResponse404,
  validateGetSmsChannelResponse405,
  validateGetSmsChannelResponse429,
  validateGetSmsChannelResponse500,
  validateGetUserEndpointsResponse200,
  validateGetUserEndpointsResponse400,
  validateGetUserEndpointsResponse403,
  validateGetUserEndpointsResponse404,
  validateGetUserEndpointsResponse405,
  validateGetUserEndpointsResponse429,
  validateGetUserEndpointsResponse500,
  validateImportJobRequest,
  validateImportJobResource,
  validateImportJobResponse,
  validateImportJobsResponse,
  validateItemResponse,
  validateMessage,
  validateMessageBody,
  validateMessageConfiguration,
  validateMessageRequest,
  validateMessageResponse,
  validateMessageResult,
  validateMetricDimension,
  validateNumberValidateRequest,
  validateNumberValidateResponse,
  validatePhoneNumberValidateRequest,
  validatePhoneNumberValidateResponse200,
  validatePhoneNumberValidateResponse400,
  validatePhoneNumberValidateResponse403,
  validatePhoneNumberValidateResponse404,
  validatePhoneNumberValidateResponse405,
  validatePhoneNumberValidateResponse429,
  validatePhoneNumberValidateResponse500,
  validatePublicEndpoint,
  validatePutEventStreamRequest,
  validatePutEventStreamResponse200,
  validatePutEventStreamResponse400,
  validatePutEventStreamResponse403,
  validatePutEventStreamResponse404,
  validatePutEventStreamResponse405,
  validatePutEventStreamResponse429,
  validatePutEventStreamResponse500,
  validatePutEventsRequest,
  validatePutEventsResponse202,
  validatePutEventsResponse400,
  validatePutEventsResponse403,
  validatePutEventsResponse404,
  validatePutEventsResponse405,
  validatePutEventsResponse429,
  validatePutEventsResponse500,
  validateQuietTime,
  validateRawEmail,
  validateRecencyDimension,
  validateSMSChannelRequest,
  validateSMSChannelResponse,
  validateSMSMessage,
  validateSchedule,
  validateSegmentBehaviors,
  validateSegmentDemographics,
  validateSegmentDimensions,
  validateSegmentGroup,
  validateSegmentGroupList,
  validateSegmentImportResource,
  validateSegmentLocation,
  validateSegmentReference,
  validateSegmentResponse,
  validateSegmentsResponse,
  validateSendMessagesRequest,
  validateSendMessagesResponse200,
  validateSendMessagesResponse400,
  validateSendMessagesResponse403,
  validateSendMessagesResponse404,
  validateSendMessagesResponse405,
  validateSendMessagesResponse429,
  validateSendMessagesResponse500,
  validateSendUsersMessageRequest,
  validateSendUsersMessageResponse,
  validateSendUsersMessagesRequest,
  validateSendUsersMessagesResponse200,
  validateSendUsersMessagesResponse400,
  validateSendUsersMessagesResponse403,
  validateSendUsersMessagesResponse404,
  validateSendUsersMessagesResponse405,
  validateSendUsersMessagesResponse429,
  validateSendUsersMessagesResponse500,
  validateSession,
  validateSetDimension,
  validateSimpleEmail,
  validateSimpleEmailPart,
  validateTemplate,
  validateTemplateConfiguration,
  validateTreatmentResource,
  validateUpdateAdmChannelRequest,
  validateUpdateAdmChannelResponse200,
  validateUpdateAdmChannelResponse400,
  validateUpdateAdmChannelResponse403,
  validateUpdateAdmChannelResponse404,
  validateUpdateAdmChannelResponse405,
  validateUpdateAdmChannelResponse429,
  validateUpdateAdmChannelResponse500,
  validateUpdateApnsChannelRequest,
  validateUpdateApnsChannelResponse200,
  validateUpdateApnsChannelResponse400,
  validateUpdateApnsChannelResponse403,
  validateUpdateApnsChannelResponse404,
  validateUpdateApnsChannelResponse405,
  validateUpdateApnsChannelResponse429,
  validateUpdateApnsChannelResponse500,
  validateUpdateApnsSandboxChannelRequest,
  validateUpdateApnsSandboxChannelResponse200,
  validateUpdateApnsSandboxChannelResponse400,
  validateUpdateApnsSandboxChannelResponse403,
  validateUpdateApnsSandboxChannelResponse404,
  validateUpdateApnsSandboxChannelResponse405,
  validateUpdateApnsSandboxChannelResponse429,
  validateUpdateApnsSandboxChannelResponse500,
  validateUpdateApnsVoipChannelRequest,
  validateUpdateApnsVoipChannelResponse200,
  validateUpdateApnsVoipChannelResponse400,
  validateUpdateApnsVoipChannelResponse403,
  validateUpdateApnsVoipChannelResponse404,
  validateUpdateApnsVoipChannelResponse405,
  validateUpdateApnsVoipChannelResponse429,
  validateUpdateApnsVoipChannelResponse500,
  validateUpdateApnsVoipSandboxChannelRequest,
  validateUpdateApnsVoipSandboxChannelResponse200,
  validateUpdateApnsVoipSandboxChannelResponse400,
  validateUpdateApnsVoipSandboxChannelResponse403,
  validateUpdateApnsVoipSandboxChannelResponse404,
  validateUpdateApnsVoipSandboxChannelResponse405,
  validateUpdateApnsVoipSandboxChannelResponse429,
  validateUpdateApnsVoipSandboxChannelResponse500,
  validateUpdateApplicationSettingsRequest,
  validateUpdateApplicationSettingsResponse200,
  validateUpdateApplicationSettingsResponse400,
  validateUpdateApplicationSettingsResponse403,
  validateUpdateApplicationSettingsResponse404,
  validateUpdateApplicationSettingsResponse405,
  validateUpdateApplicationSettingsResponse429,
  validateUpdateApplicationSettingsResponse500,
  validateUpdateBaiduChannelRequest,
  validateUpdateBaiduChannelResponse200,
  validateUpdateBaiduChannelResponse400,
  validateUpdateBaiduChannelResponse403,
  validateUpdateBaiduChannelResponse404,
  validateUpdateBaiduChannelResponse405,
  validateUpdateBaiduChannelResponse429,
  validateUpdateBaiduChannelResponse500,
  validateUpdateCampaignRequest,
  validateUpdateCampaignResponse200,
  validateUpdateCampaignResponse400,
  validateUpdateCampaignResponse403,
  validateUpdateCampaignResponse404,
  validateUpdateCampaignResponse405,
  validateUpdateCampaignResponse429,
  validateUpdateCampaignResponse500,
  validateUpdateEmailChannelRequest,
  validateUpdateEmailChannelResponse200,
  validateUpdateEmailChannelResponse400,
  validateUpdateEmailChannelResponse403,
  validateUpdateEmailChannelResponse404,
  validateUpdateEmailChannelResponse405,
  validateUpdateEmailChannelResponse429,
  validateUpdateEmailChannelResponse500,
  validateUpdateEndpointRequest,
  validateUpdateEndpointResponse202,
  validateUpdateEndpointResponse400,
  validateUpdateEndpointResponse403,
  validateUpdateEndpointResponse404,
  validateUpdateEndpointResponse405,
  validateUpdateEndpointResponse429,
  validateUpdateEndpointResponse500,
  validateUpdateEndpointsBatchRequest,
  validateUpdateEndpointsBatchResponse202,
  validateUpdateEndpointsBatchResponse400,
  validateUpdateEndpointsBatchResponse403,
  validateUpdateEndpointsBatchResponse404,
  validateUpdateEndpointsBatchResponse405,
  validateUpdateEndpointsBatchResponse429,
  validateUpdateEndpointsBatchResponse500,
  validateUpdateGcmChannelRequest,
  validateUpdateGcmChannelResponse200,
  validateUpdateGcmChannelResponse400,
  validateUpdateGcmChannelResponse403,
  validateUpdateGcmChannelResponse404,
  validateUpdateGcmChannelResponse405,
  validateUpdateGcmChannelResponse429,
  validateUpdateGcmChannelResponse500,
  validateUpdateSegmentRequest,
  validateUpdateSegmentResponse200,
  validateUpdateSegmentResponse400,
  validateUpdateSegmentResponse403,
  validateUpdateSegmentResponse404,
  validateUpdateSegmentResponse405,
  validateUpdateSegmentResponse429,
  validateUpdateSegmentResponse500,
  validateUpdateSmsChannelRequest,
  validateUpdateSmsChannelResponse200,
  validateUpdateSmsChannelResponse400,
  validateUpdateSmsChannelResponse403,
  validateUpdateSmsChannelResponse404,
  validateUpdateSmsChannelResponse405,
  validateUpdateSmsChannelResponse429,
  validateUpdateSmsChannelResponse500,
  validateVoiceMessage,
  validateWriteApplicationSettingsRequest,
  validateWriteCampaignRequest,
  validateWriteEventStream,
  validateWriteSegmentRequest,
  validateWriteTreatmentResource
};
