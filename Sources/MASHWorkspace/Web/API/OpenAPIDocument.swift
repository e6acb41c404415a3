/// The JSON API's contract, served at `/api/openapi.json` (OpenAPI 3.1).
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "mash-workspace API",
        "version": "1",
        "description": "The hub's workspace: the queue of cases, each case whole, and the people's acts on them (sign-off of held proposals, escalation). Log in with POST /api/session; send the session cookie with every call, and the CSRF token it returns as the X-CSRF-Token header with every state-changing call. Errors are {\"error\": {\"status\", \"reason\", \"field\"?}}: 401/403 for who, 400/422 for what was wrong (naming the field), 404 for what is not there, 409 for what the case's state does not allow (stale or repeated sign-offs)."
      },
      "paths": {
        "/api/session": {
          "post": {
            "summary": "Log in",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Credentials"}}}},
            "responses": {
              "200": {"description": "Logged in; the session cookie is set", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"}
            }
          },
          "get": {
            "summary": "Who is logged in",
            "responses": {
              "200": {"description": "The session", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
              "401": {"$ref": "#/components/responses/Error"}
            }
          },
          "delete": {
            "summary": "Log out",
            "parameters": [{"$ref": "#/components/parameters/CSRF"}],
            "responses": {"204": {"description": "Logged out"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}
          }
        },
        "/api/cases": {
          "get": {
            "summary": "The queue: awaiting sign-off first, then escalated, then by RAG and time left to the deadline",
            "parameters": [{"name": "status", "in": "query", "required": false, "schema": {"type": "string", "enum": ["awaiting-sign-off", "escalated", "issued", "in-progress"]}}],
            "responses": {
              "200": {"description": "Cases", "content": {"application/json": {"schema": {"type": "object", "required": ["cases"], "properties": {"cases": {"type": "array", "items": {"$ref": "#/components/schemas/CaseSummary"}}}}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/cases/{caseId}": {
          "get": {
            "summary": "One case whole: summary, case file (referral, screening, research by agency, assessment), proposal, outcome, taskings, sign-offs, escalations, audit trail",
            "parameters": [{"$ref": "#/components/parameters/CaseId"}],
            "responses": {
              "200": {"description": "The case", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}}},
              "401": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/cases/{caseId}/sign-off": {
          "post": {
            "summary": "Sign off the held proposal: confirm, override or re-rate, with reasons. The decision worker then issues the outcome and taskings with the person as decision maker.",
            "parameters": [{"$ref": "#/components/parameters/CaseId"}, {"$ref": "#/components/parameters/CSRF"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SignOffRequest"}}}},
            "responses": {
              "202": {"$ref": "#/components/responses/Accepted"},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "409": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/cases/{caseId}/escalation": {
          "post": {
            "summary": "Record disagreement with the proposal or the decision; the case returns to the hub manager's queue marked escalated",
            "parameters": [{"$ref": "#/components/parameters/CaseId"}, {"$ref": "#/components/parameters/CSRF"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string", "minLength": 20, "maxLength": 4000}}}}}},
            "responses": {
              "202": {"$ref": "#/components/responses/Accepted"},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/cases/{caseId}/escalation/resolution": {
          "post": {
            "summary": "Record how an open escalation was resolved (hub manager)",
            "parameters": [{"$ref": "#/components/parameters/CaseId"}, {"$ref": "#/components/parameters/CSRF"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["resolution"], "properties": {"resolution": {"type": "string", "minLength": 20, "maxLength": 4000}, "escalationId": {"type": "string"}}}}}},
            "responses": {
              "202": {"$ref": "#/components/responses/Accepted"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "409": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/status": {
          "get": {
            "summary": "How far behind the topics the read model is",
            "responses": {"200": {"description": "Status", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Status"}}}}, "401": {"$ref": "#/components/responses/Error"}}
          }
        }
      },
      "components": {
        "parameters": {
          "CaseId": {"name": "caseId", "in": "path", "required": true, "schema": {"type": "string"}},
          "CSRF": {"name": "X-CSRF-Token", "in": "header", "required": true, "schema": {"type": "string"}, "description": "The csrfToken POST /api/session returned"}
        },
        "responses": {
          "Error": {"description": "What was wrong", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Accepted": {"description": "Sent to the hub", "content": {"application/json": {"schema": {"type": "object", "required": ["status", "id"], "properties": {"status": {"type": "string"}, "id": {"type": "string"}}}}}}
        },
        "schemas": {
          "Credentials": {"type": "object", "required": ["username", "password"], "properties": {"username": {"type": "string"}, "password": {"type": "string", "format": "password"}}},
          "Practitioner": {"type": "object", "required": ["username", "name", "role", "agency"], "properties": {"username": {"type": "string"}, "name": {"type": "string"}, "role": {"type": "string", "enum": ["hub-manager", "social-care-manager", "police-sergeant", "agency-researcher", "auditor"]}, "agency": {"type": "string"}}},
          "Session": {"type": "object", "required": ["csrfToken", "user", "expiresAt"], "properties": {"csrfToken": {"type": "string"}, "user": {"$ref": "#/components/schemas/Practitioner"}, "expiresAt": {"type": "string", "format": "date-time"}}},
          "CaseSummary": {
            "type": "object",
            "required": ["caseId", "referralId", "status", "escalated", "receivedAt", "child", "concerns", "heldBecause", "signOffPending"],
            "properties": {
              "caseId": {"type": "string"}, "referralId": {"type": "string"},
              "status": {"type": "string", "enum": ["awaiting-sign-off", "issued", "in-progress"]},
              "escalated": {"type": "boolean"},
              "rag": {"type": "string", "enum": ["blue", "green", "amber", "red"]},
              "level": {"type": "integer", "minimum": 1, "maximum": 4},
              "outcome": {"type": "string"},
              "dueBy": {"type": "string", "format": "date-time"},
              "receivedAt": {"type": "string", "format": "date-time"},
              "decidedBy": {"type": "string"},
              "child": {"type": "string"},
              "concerns": {"type": "array", "items": {"type": "string"}},
              "heldBecause": {"type": "array", "items": {"type": "string"}},
              "signOffPending": {"type": "boolean"}
            }
          },
          "Case": {
            "type": "object",
            "required": ["case", "taskings", "signOffs", "escalations", "audit", "auditChainIntact"],
            "properties": {
              "case": {"$ref": "#/components/schemas/CaseSummary"},
              "caseFile": {"type": "object", "description": "As on mash.decision (topics/mash.decision.json)"},
              "proposal": {"type": "object", "description": "The held proposal, as on mash.review (topics/mash.review.json)"},
              "outcome": {"type": "object", "description": "As on mash.outcome (topics/mash.outcome.json)"},
              "taskings": {"type": "array", "items": {"type": "object"}},
              "signOffs": {"type": "array", "items": {"type": "object"}},
              "escalations": {"type": "array", "items": {"type": "object"}},
              "audit": {"type": "array", "items": {"type": "object"}},
              "auditChainIntact": {"type": "boolean"}
            }
          },
          "SignOffRequest": {
            "type": "object",
            "required": ["action", "rationale"],
            "properties": {
              "action": {"type": "string", "enum": ["confirm", "override", "re-rate"]},
              "rationale": {"type": "string", "minLength": 20, "maxLength": 4000, "description": "At least a sentence saying why"},
              "outcome": {"type": "string", "description": "Override: the outcome to issue"},
              "additionalOutcomes": {"type": "array", "items": {"type": "string"}},
              "level": {"type": "integer", "minimum": 1, "maximum": 4},
              "rag": {"type": "string", "enum": ["blue", "green", "amber", "red"]},
              "taskings": {"type": "array", "items": {"type": "object", "required": ["recipient", "action"], "properties": {"recipient": {"type": "string"}, "action": {"type": "string"}}}},
              "proposalDigest": {"type": "string", "description": "The proposal read; a different one now held gives 409"}
            }
          },
          "Status": {"type": "object", "required": ["lag", "caughtUp", "cases", "messages"], "properties": {"lag": {"type": "integer"}, "caughtUp": {"type": "boolean"}, "cases": {"type": "integer"}, "messages": {"type": "integer"}}},
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["status", "reason"], "properties": {"status": {"type": "integer"}, "reason": {"type": "string"}, "field": {"type": "string"}}}}}
        }
      }
    }
    """#
}
