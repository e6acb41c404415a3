/// The gateway's OpenAPI 3.1 document, served at `/v1/openapi.json`.
enum GatewayOpenAPIDocument {
    static let json = #"""
{
 "openapi": "3.1.0",
 "info": {
  "title": "mash-gateway",
  "version": "1",
  "description": "The hub's front door for partners: authenticated referrals (one, or a CSV batch), their status and outcome as the referrer may know it, and the taskings addressed to the partner's agency with its acknowledgements and completions. Every request but /health and this document needs an API key: Authorization: Bearer <key>."
 },
 "security": [
  {
   "apiKey": []
  }
 ],
 "paths": {
  "/v1/referrals": {
   "post": {
    "summary": "Send one referral",
    "description": "The body is a referral (schema mash.referral/1; receivedAt and schema may be left out, the gateway sets them). referralId is yours: 1-(63 - your partner id's length) letters, digits, '-' or '_'; the hub namespaces it as <partner>/<referralId>. referrer.agency is set to your agency when absent and refused if you may not send for it.",
    "parameters": [
     {
      "name": "Idempotency-Key",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "maxLength": 255
      },
      "description": "A retry with the same key and body gets the first response again (Idempotent-Replayed: true); the same key with another body is 409."
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/Referral"
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "Received: on its way to the hub",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ReferralStatus"
        }
       }
      }
     },
     "200": {
      "description": "The same referral was received before; nothing sent again",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ReferralStatus"
        }
       }
      }
     },
     "400": {
      "description": "Not a JSON object, or a malformed Idempotency-Key",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "409": {
      "description": "The id is already yours for a different referral, or the Idempotency-Key for a different body",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "413": {
      "description": "Over 256 KiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "422": {
      "description": "Invalid: every problem with its field (control characters, bidi overrides, lengths, dates, identifiers...)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "503": {
      "description": "The hub could not take it just now; send it again",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "headers": {
       "Retry-After": {
        "schema": {
         "type": "integer"
        },
        "description": "seconds to wait"
       }
      }
     },
     "401": {
      "description": "No known API key",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "429": {
      "description": "Over the partner's rate",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "headers": {
       "Retry-After": {
        "schema": {
         "type": "integer"
        },
        "description": "seconds to wait"
       }
      }
     }
    }
   }
  },
  "/v1/referrals/{referralId}": {
   "get": {
    "summary": "Where one of your referrals has got",
    "parameters": [
     {
      "name": "referralId",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "Its status, and once decided the outcome",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ReferralStatus"
        }
       }
      }
     },
     "404": {
      "description": "You sent no referral with this id",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "401": {
      "description": "No known API key",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "429": {
      "description": "Over the partner's rate",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "headers": {
       "Retry-After": {
        "schema": {
         "type": "integer"
        },
        "description": "seconds to wait"
       }
      }
     }
    }
   }
  },
  "/v1/referral-batches": {
   "post": {
    "summary": "Send a CSV file of referrals",
    "description": "A header row, then one referral a row, in the police notification layout (columns: Notification Ref, Child Forename, Child Surname, Child DOB, Child Gender, Address, Town, Postcode, NHS Number, Adult Forename, Adult Surname, Adult DOB, Adult Role, Relationship To Child, Circumstances, Concern Categories (';'-separated), Urgent, Officer Name, Officer Role, Officer Contact, Consent, Consent Reason, Source Code) or the columns your partners-file entry maps. Each row is checked and sent as a single referral would be; the report says what became of each.",
    "parameters": [
     {
      "name": "Idempotency-Key",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "maxLength": 255
      },
      "description": "A retry with the same key and body gets the first response again (Idempotent-Replayed: true); the same key with another body is 409."
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "text/csv": {
       "schema": {
        "type": "string"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "A report on every row",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/BatchReport"
        }
       }
      }
     },
     "413": {
      "description": "Over 8 MiB or 5,000 rows",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "422": {
      "description": "Not UTF-8, or a required column missing",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "401": {
      "description": "No known API key",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "429": {
      "description": "Over the partner's rate",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "headers": {
       "Retry-After": {
        "schema": {
         "type": "integer"
        },
        "description": "seconds to wait"
       }
      }
     }
    }
   }
  },
  "/v1/taskings": {
   "get": {
    "summary": "The taskings for your agency, soonest due first",
    "parameters": [
     {
      "name": "status",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "open",
        "all"
       ]
      },
      "description": "open (default): not yet completed"
     }
    ],
    "responses": {
     "200": {
      "description": "The taskings, each as the firewall let it go to your agency",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TaskingList"
        }
       }
      }
     },
     "401": {
      "description": "No known API key",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "429": {
      "description": "Over the partner's rate",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "headers": {
       "Retry-After": {
        "schema": {
         "type": "integer"
        },
        "description": "seconds to wait"
       }
      }
     }
    }
   }
  },
  "/v1/taskings/{reference}": {
   "get": {
    "summary": "One tasking for your agency",
    "parameters": [
     {
      "name": "reference",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "The tasking and its answers",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TaskingRecord"
        }
       }
      }
     },
     "404": {
      "description": "No such tasking for your agency",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "401": {
      "description": "No known API key",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "429": {
      "description": "Over the partner's rate",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "headers": {
       "Retry-After": {
        "schema": {
         "type": "integer"
        },
        "description": "seconds to wait"
       }
      }
     }
    }
   }
  },
  "/v1/taskings/{reference}/acknowledgement": {
   "post": {
    "summary": "Acknowledge a tasking: someone owns the work",
    "parameters": [
     {
      "name": "reference",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/Answer"
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "Recorded on mash.tasking-update",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TaskingUpdate"
        }
       }
      }
     },
     "200": {
      "description": "Already acknowledged: the first acknowledgement",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TaskingUpdate"
        }
       }
      }
     },
     "404": {
      "description": "No such tasking for your agency",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "422": {
      "description": "A field breaks the text rules",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "401": {
      "description": "No known API key",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "429": {
      "description": "Over the partner's rate",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "headers": {
       "Retry-After": {
        "schema": {
         "type": "integer"
        },
        "description": "seconds to wait"
       }
      }
     }
    }
   }
  },
  "/v1/taskings/{reference}/completion": {
   "post": {
    "summary": "Complete a tasking, saying what was done",
    "parameters": [
     {
      "name": "reference",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/Answer"
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "Recorded on mash.tasking-update",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TaskingUpdate"
        }
       }
      }
     },
     "200": {
      "description": "Already completed: the first completion",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TaskingUpdate"
        }
       }
      }
     },
     "404": {
      "description": "No such tasking for your agency",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "422": {
      "description": "No note, or a field breaks the text rules",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "401": {
      "description": "No known API key",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "429": {
      "description": "Over the partner's rate",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "headers": {
       "Retry-After": {
        "schema": {
         "type": "integer"
        },
        "description": "seconds to wait"
       }
      }
     }
    }
   }
  },
  "/v1/status": {
   "get": {
    "summary": "How far behind the hub's topics the gateway's answers are",
    "responses": {
     "200": {
      "description": "lag in messages and whether it has caught up"
     },
     "401": {
      "description": "No known API key",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "429": {
      "description": "Over the partner's rate",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "headers": {
       "Retry-After": {
        "schema": {
         "type": "integer"
        },
        "description": "seconds to wait"
       }
      }
     }
    }
   }
  },
  "/v1/openapi.json": {
   "get": {
    "summary": "This document",
    "security": [],
    "responses": {
     "200": {
      "description": "OpenAPI 3.1"
     }
    }
   }
  },
  "/health": {
   "get": {
    "summary": "Liveness",
    "security": [],
    "responses": {
     "200": {
      "description": "ok"
     }
    }
   }
  }
 },
 "components": {
  "securitySchemes": {
   "apiKey": {
    "type": "http",
    "scheme": "bearer",
    "description": "The partner's API key (X-API-Key is accepted too)."
   }
  },
  "schemas": {
   "Problem": {
    "type": "object",
    "properties": {
     "field": {
      "type": "string"
     },
     "message": {
      "type": "string"
     }
    },
    "required": [
     "field",
     "message"
    ]
   },
   "Error": {
    "type": "object",
    "properties": {
     "error": {
      "type": "object",
      "properties": {
       "status": {
        "type": "integer"
       },
       "reason": {
        "type": "string"
       },
       "problems": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "required": [
       "status",
       "reason"
      ]
     }
    },
    "required": [
     "error"
    ]
   },
   "Referral": {
    "type": "object",
    "description": "The referral schema mash.referral/1 (topics/mash.referral.json in the repository), receivedAt and schema optional.",
    "required": [
     "referralId",
     "source",
     "referrer",
     "concern",
     "subjects",
     "consent"
    ]
   },
   "ReferralStatus": {
    "type": "object",
    "properties": {
     "referralId": {
      "type": "string"
     },
     "status": {
      "type": "string",
      "enum": [
       "received",
       "researching",
       "awaiting-decision",
       "decided",
       "rejected"
      ]
     },
     "receivedAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     },
     "reason": {
      "type": "string",
      "description": "why the hub refused it"
     },
     "outcome": {
      "$ref": "#/components/schemas/Feedback"
     },
     "statusUrl": {
      "type": "string"
     }
    },
    "required": [
     "referralId",
     "status",
     "receivedAt",
     "updatedAt",
     "statusUrl"
    ]
   },
   "Feedback": {
    "type": "object",
    "description": "The decision as the referrer may know it: outcomes and when; never the rationale, level or any agency's information.",
    "properties": {
     "outcome": {
      "type": "string"
     },
     "additionalOutcomes": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "summary": {
      "type": "string"
     },
     "decidedAt": {
      "type": "string",
      "format": "date-time"
     },
     "signedByAPerson": {
      "type": "boolean"
     }
    },
    "required": [
     "outcome",
     "additionalOutcomes",
     "summary",
     "decidedAt",
     "signedByAPerson"
    ]
   },
   "BatchReport": {
    "type": "object",
    "properties": {
     "accepted": {
      "type": "integer"
     },
     "alreadyReceived": {
      "type": "integer"
     },
     "rejected": {
      "type": "integer"
     },
     "rows": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "line": {
         "type": "integer"
        },
        "referralId": {
         "type": "string"
        },
        "status": {
         "type": "string",
         "enum": [
          "received",
          "already-received",
          "rejected"
         ]
        },
        "problems": {
         "type": "array",
         "items": {
          "$ref": "#/components/schemas/Problem"
         }
        }
       },
       "required": [
        "line",
        "status"
       ]
      }
     }
    },
    "required": [
     "accepted",
     "alreadyReceived",
     "rejected",
     "rows"
    ]
   },
   "TaskingRecord": {
    "type": "object",
    "properties": {
     "reference": {
      "type": "string"
     },
     "tasking": {
      "type": "object",
      "description": "mash.tasking/1"
     },
     "acknowledged": {
      "$ref": "#/components/schemas/TaskingUpdate"
     },
     "completed": {
      "$ref": "#/components/schemas/TaskingUpdate"
     }
    },
    "required": [
     "reference",
     "tasking"
    ]
   },
   "TaskingList": {
    "type": "object",
    "properties": {
     "taskings": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/TaskingRecord"
      }
     }
    },
    "required": [
     "taskings"
    ]
   },
   "Answer": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 100
     },
     "role": {
      "type": "string",
      "maxLength": 200
     },
     "note": {
      "type": "string",
      "maxLength": 2000
     }
    },
    "required": [
     "name"
    ]
   },
   "TaskingUpdate": {
    "type": "object",
    "description": "mash.tasking-update/1 (topics/mash.tasking-update.json)"
   }
  }
 }
}
"""#
}
