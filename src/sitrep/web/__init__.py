"""sitrep's web UI (``sitrep serve``): a thin layer over the store, like the CLI.

    app.py       the WSGI app: routing, .json twins, security headers, the one error handler
    data.py      every database access (read-only connections; the one write goes through Store)
    marks.py     cutting an article's text into marked pieces (templates escape each piece)
    assets.py    the files pages load: web/static and the npm libraries in node_modules
    server.py    a threaded wsgiref server, bound to 127.0.0.1 unless told otherwise
    views/       one module per page type

Security model: every value reaches HTML through Jinja2 with autoescaping (article text is cut
into pieces and each piece escaped), scripts and styles come only from this server (a strict
Content-Security-Policy, no inline script), no URL is ever fetched or made a link, a loopback
server answers only to loopback Host headers (DNS rebinding), POSTs from other sites are refused,
writes need ``--allow-writes`` (403 otherwise), and pasted articles are size-limited.
"""
