extension PageTemplates {
    /// The queue: held proposals first, then escalated cases, then by RAG and time left.
    static let queue = """
    <div class="heading">
      <h1>Queue</h1>
      <p class="lead">{{summary}}</p>
    </div>
    <nav aria-label="Filter the queue" class="tabs">
      {{#tabs}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}} <span class="count">{{count}}</span></a>{{/tabs}}
    </nav>
    {{^rows}}<p class="empty">No cases here.</p>{{/rows}}
    {{#hasRows}}
    <table class="queue">
      <caption class="visually-hidden">{{caption}}</caption>
      <thead>
        <tr><th scope="col">RAG</th><th scope="col">Child and case</th><th scope="col">Concern</th>
            <th scope="col">Status</th><th scope="col">Decision</th><th scope="col">Time left</th></tr>
      </thead>
      <tbody>
      {{#rows}}
        <tr>
          <td><span class="rag rag-{{rag}}">{{ragLabel}}</span></td>
          <td><a href="/cases/{{caseId}}" class="case-link">{{child}}</a><span class="sub">{{caseId}} · {{received}}</span></td>
          <td>{{concerns}}</td>
          <td><span class="status status-{{status}}">{{statusLabel}}</span>
              {{#escalated}}<span class="flag escalated">Escalated</span>{{/escalated}}
              {{#signOffPending}}<span class="flag pending">Sign-off being applied</span>{{/signOffPending}}</td>
          <td>{{decision}}</td>
          <td>{{#dueBy}}<time class="countdown" datetime="{{dueBy}}">{{dueText}}</time>{{/dueBy}}{{^dueBy}}<span class="sub">–</span>{{/dueBy}}</td>
        </tr>
      {{/rows}}
      </tbody>
    </table>
    {{/hasRows}}
    """
}
