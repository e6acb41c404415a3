extension PageTemplates {
    /// One case whole: the proposal and sign-off, or the decision; the referral, household, research by
    /// agency, assessment, taskings, escalations and the audit trail.
    static let casePage = """
    <p class="crumbs"><a href="/queue">Queue</a> › {{caseId}}</p>
    <div class="heading case-heading">
      <h1>{{child}} <span class="case-id">{{caseId}}</span></h1>
      <p class="badges">
        {{#rag}}<span class="rag rag-{{rag}}">{{ragLabel}}</span>{{/rag}}
        {{#levelLabel}}<span class="chip">{{.}}</span>{{/levelLabel}}
        <span class="status status-{{status}}">{{statusLabel}}</span>
        {{#escalated}}<span class="flag escalated">Escalated</span>{{/escalated}}
        {{#dueBy}}<span class="due">Decision due <time class="countdown" datetime="{{dueBy}}">{{dueText}}</time></span>{{/dueBy}}
      </p>
      <p class="sub">Referral {{referralId}}, received {{received}}</p>
    </div>
    {{#notice}}<p class="notice" role="status">{{.}}</p>{{/notice}}
    {{#errors}}<div class="error" role="alert"><p>{{.}}</p></div>{{/errors}}

    {{#proposal}}
    <section class="panel proposal" aria-labelledby="proposal-heading">
      <h2 id="proposal-heading">Proposed decision: awaiting sign-off</h2>
      <p class="decision-line"><strong>{{outcomes}}</strong> · {{level}} · {{rag}} · proposed by {{proposedBy}} at {{heldAt}}</p>
      <h3>Why a person must decide</h3>
      <ul class="reasons">{{#heldBecause}}<li>{{.}}</li>{{/heldBecause}}</ul>
      <h3>Taskings it would issue</h3>
      {{> taskings}}
      <details><summary>The reasoning behind the proposal ({{rationaleCount}} lines)</summary>{{> rationale}}</details>
    </section>
    {{/proposal}}

    {{#pending}}<p class="notice" role="status">Sign-off by {{by}} at {{at}} is being applied by the decision worker.</p>{{/pending}}
    {{#refusals}}<p class="error" role="alert">{{.}}</p>{{/refusals}}

    {{#signOffForm}}
    <section class="panel sign-off" aria-labelledby="sign-off-heading">
      <h2 id="sign-off-heading">Sign off</h2>
      <form method="post" action="/cases/{{caseId}}/sign-off" class="stack">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="proposalDigest" value="{{proposalDigest}}">
        <fieldset>
          <legend>Your decision</legend>
          <label class="choice"><input type="radio" name="action" value="confirm" checked> Confirm the proposal as it stands</label>
          {{#mayChange}}
          <label class="choice"><input type="radio" name="action" value="override"> Override: issue another outcome</label>
          <label class="choice"><input type="radio" name="action" value="re-rate"> Re-rate: issue the policy's response to another level</label>
          {{/mayChange}}
        </fieldset>
        {{#mayChange}}
        <div class="row">
          <div><label for="outcome">Outcome (override)</label>
            <select id="outcome" name="outcome"><option value="">–</option>{{#outcomeOptions}}<option value="{{value}}">{{label}}</option>{{/outcomeOptions}}</select></div>
          <div><label for="level">Level (override or re-rate)</label>
            <select id="level" name="level"><option value="">–</option>{{#levelOptions}}<option value="{{value}}">{{label}}</option>{{/levelOptions}}</select></div>
        </div>
        {{/mayChange}}
        <label for="rationale">Your reasons <span class="hint">(at least a sentence; recorded beside the proposal and audited)</span></label>
        <textarea id="rationale" name="rationale" rows="4" required minlength="20" maxlength="4000">{{draft}}</textarea>
        <button type="submit" class="primary">Sign off as {{signer}}</button>
      </form>
    </section>
    {{/signOffForm}}

    {{#decision}}
    <section class="panel decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision</h2>
      <p class="decision-line"><strong>{{outcomes}}</strong> · {{level}} · {{rag}}</p>
      <p>Decided by <strong>{{decidedBy}}</strong> at {{decidedAt}}</p>
      {{#proposed}}<p class="sub">The software proposed: {{.}}</p>{{/proposed}}
      {{#signOffRationale}}<blockquote>{{.}}</blockquote>{{/signOffRationale}}
      <h3>Taskings issued</h3>
      {{> taskings}}
      <details><summary>The reasoning ({{rationaleCount}} lines)</summary>{{> rationale}}</details>
    </section>
    {{/decision}}

    {{#referral}}
    <section class="panel" aria-labelledby="referral-heading">
      <h2 id="referral-heading">Referral</h2>
      <dl class="facts">
        <dt>From</dt><dd>{{referrer}} ({{source}})</dd>
        <dt>Concern</dt><dd>{{categories}}{{#urgent}} · <strong>marked urgent</strong>{{/urgent}}</dd>
        <dt>Account</dt><dd class="account">{{summary}}</dd>
        <dt>Consent</dt><dd>{{consent}}</dd>
        {{#dash}}<dt>DASH</dt><dd>{{.}}</dd>{{/dash}}
        {{#judgement}}<dt>Referrer's judgement</dt><dd>{{.}}</dd>{{/judgement}}
      </dl>
      <h3>Subjects and household</h3>
      <table class="compact">
        <thead><tr><th scope="col">Role</th><th scope="col">Name</th><th scope="col">Born</th><th scope="col">Address</th><th scope="col">Identifiers</th></tr></thead>
        <tbody>{{#subjects}}<tr><td>{{role}}</td><td>{{name}}</td><td>{{born}}</td><td>{{address}}</td><td>{{identifiers}}</td></tr>{{/subjects}}</tbody>
      </table>
      <h3>Screening</h3>
      <ul class="reasons">{{#screening}}<li>{{.}}</li>{{/screening}}</ul>
      {{#hasPreviousReferrals}}<h3>Earlier referrals the hub handled (12 months)</h3>
      <ul class="reasons">{{#previousReferrals}}<li>{{.}}</li>{{/previousReferrals}}</ul>{{/hasPreviousReferrals}}
    </section>
    {{/referral}}

    {{#hasResearch}}
    <section class="panel" aria-labelledby="research-heading">
      <h2 id="research-heading">Research by agency</h2>
      {{#noResponse}}<p class="error">No response from {{.}}: decided without its records.</p>{{/noResponse}}
      {{#notSearched}}<p class="notice">Not searched: {{.}} (Haringey).</p>{{/notSearched}}
      {{#agencies}}
      <h3>{{agency}} <span class="count">{{itemCount}}</span></h3>
      {{#links}}<p class="match">{{.}}</p>{{/links}}
      <ul class="items">
        {{#items}}
        <li class="item{{#hubOnly}} hub-only{{/hubOnly}}">
          <p><strong>{{kind}}</strong> · {{date}} · about {{subject}} · <span class="confidence">{{confidence}}</span></p>
          <p>{{summary}}</p>
          <p class="sub">{{#hubOnly}}<span class="flag hub-only">Hub only: confidential information held by {{agency}}, never shared outside the hub</span>{{/hubOnly}}{{^hubOnly}}May be shared with {{sharedWith}}{{/hubOnly}} · {{basis}}</p>
        </li>
        {{/items}}
      </ul>
      {{/agencies}}
    </section>
    {{/hasResearch}}

    {{#assessment}}
    <section class="panel" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">Risk assessment</h2>
      <p class="decision-line"><strong>{{level}}</strong> · {{rag}} · score {{score}} · primary need {{primaryNeed}}</p>
      {{#reRating}}<p>Re-rated: {{.}}</p>{{/reRating}}
      {{#flags}}<p>Flags: {{.}}</p>{{/flags}}
      {{#factors}}<p>Census factors: {{.}}</p>{{/factors}}
      {{> rationale}}
    </section>
    {{/assessment}}

    <section class="panel" aria-labelledby="escalation-heading">
      <h2 id="escalation-heading">Escalation</h2>
      {{^escalations}}<p class="sub">No disagreement recorded.</p>{{/escalations}}
      <ul class="events">{{#escalations}}<li><strong>{{title}}</strong> · {{by}} · {{at}}<br>{{text}}</li>{{/escalations}}</ul>
      {{#mayEscalate}}
      <form method="post" action="/cases/{{caseId}}/escalation" class="stack">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="reason">Disagree with the {{concerning}}: your reasons</label>
        <textarea id="reason" name="reason" rows="3" required minlength="20" maxlength="4000"></textarea>
        <button type="submit">Escalate to the hub manager</button>
      </form>
      {{/mayEscalate}}
      {{#mayResolve}}
      <form method="post" action="/cases/{{caseId}}/escalation/resolution" class="stack">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="resolution">How the escalation was resolved</label>
        <textarea id="resolution" name="resolution" rows="3" required minlength="20" maxlength="4000"></textarea>
        <button type="submit">Record the resolution</button>
      </form>
      {{/mayResolve}}
    </section>

    <section class="panel" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit trail <span class="count">{{auditCount}}</span></h2>
      <p class="{{auditChainClass}}">{{auditChain}}</p>
      <details><summary>Every share, refusal and person's action</summary>
      <table class="compact audit">
        <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Who</th><th scope="col">Why</th></tr></thead>
        <tbody>{{#audits}}<tr><td>{{at}}</td><td>{{action}}</td><td>{{who}}</td><td>{{reason}}</td></tr>{{/audits}}</tbody>
      </table>
      </details>
    </section>
    """

    /// A list of taskings, each with what its recipient is told (folded away: it can be long).
    static let taskings = """
    {{^taskings}}<p class="sub">None: no agency is tasked.</p>{{/taskings}}
    <ul class="taskings">
    {{#taskings}}
      <li><strong>{{recipient}}</strong>: {{action}} · due {{due}}
        <span class="sub">{{shareSummary}}</span>
        {{#product}}<details><summary>What {{recipient}} is told</summary><ul class="product">{{#entries}}<li>{{.}}</li>{{/entries}}</ul></details>{{/product}}</li>
    {{/taskings}}
    </ul>
    """

    /// Rationale lines, each with the rule that fired.
    static let rationale = """
    <ol class="rationale">{{#rationale}}<li><span class="rule">{{rule}}</span> {{text}}</li>{{/rationale}}</ol>
    """
}
