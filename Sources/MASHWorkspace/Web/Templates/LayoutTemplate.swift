extension PageTemplates {
    /// Every page: the bar with who is logged in, how far behind the read model is, and the page itself.
    static let layout = """
    <!doctype html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · MASH workspace</title>
    <link rel="stylesheet" href="/assets/workspace.css">
    <script src="/assets/workspace.js" defer></script>
    </head>
    <body>
    <a class="skip" href="#main">Skip to main content</a>
    <header class="bar">
      <a class="brand" href="/queue"><span aria-hidden="true">◆</span> MASH workspace</a>
      {{#user}}
      <nav aria-label="Main"><a href="/queue"{{#onQueue}} aria-current="page"{{/onQueue}}>Queue</a> <a href="/dashboard">Dashboard</a></nav>
      <div class="who">
        <span class="name">{{name}}</span>
        <span class="role">{{role}}, {{agency}}</span>
        <form method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="link">Log out</button></form>
      </div>
      {{/user}}
    </header>
    {{#readModel}}<p class="readmodel {{state}}" role="status">{{text}}</p>{{/readModel}}
    <main id="main" tabindex="-1">
    {{{body}}}
    </main>
    </body>
    </html>
    """

    static let login = """
    <section class="login">
      <h1>Log in</h1>
      <p class="lead">The hub's workspace: cases awaiting a decision, the picture each rests on, and sign-off.</p>
      {{#error}}<p class="error" role="alert" id="login-error">{{.}}</p>{{/error}}
      <form method="post" action="/login" class="stack">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="username">Username</label>
        <input id="username" name="username" autocomplete="username" required value="{{username}}"{{#error}} aria-describedby="login-error"{{/error}} autofocus>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit" class="primary">Log in</button>
      </form>
    </section>
    """
}

/// The workspace's page templates (Mustache: `{{x}}` is HTML-escaped, so nothing a referral says can
/// write markup; `{{{body}}}` is only ever a page these templates rendered).
enum PageTemplates {}
