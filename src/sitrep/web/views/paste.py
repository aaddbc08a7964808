"""Paste an article (``/paste``): paste or upload a report and see it coded at once — its events
and every span marked, as the article page would show it once stored. With ``add=1`` the article
is stored (events merged into incidents), only on a server started with ``--allow-writes``;
otherwise the POST is refused with 403 before the text is coded. The text is limited in size
(``--paste-limit``); a URL in it is text like any other and is never fetched.

``POST /paste.json`` takes a form, JSON ``{text, title, published, format, add}`` or a
``text/plain`` body and answers with the article in the FORMAT.md JSON shape.
"""
from __future__ import annotations


from ... import formats
from ...errors import InputError, RequestError, TimeBudgetError, TooLargeError, WritesDisabledError
from ...reading import check_published, from_html, from_text
from ..app import Page, url
from ..marks import legend, segments
from .article import spans_of


def form(req):
    return Page("paste.html", _state(req), title="Paste an article")


def _state(req, **more) -> dict:
    return {"allow_writes": req.app.allow_writes, "limit": req.app.paste_limit, "result": None, "error": None,
            "form": {"text": "", "title": "", "published": "", "format": "text"}, **more}


def post(req):
    fields = req.form()
    add = fields.get("add", "") in ("1", "on", "true", "yes")
    if add and not req.app.allow_writes:
        raise WritesDisabledError("this server is read-only: start it with --allow-writes to add articles")
    text = fields.get("text", "")
    size = len(text.encode("utf-8"))
    if size > req.app.paste_limit:
        raise TooLargeError(f"the article is {size:,} bytes; the limit is {req.app.paste_limit:,}")
    fmt = fields.get("format") or "text"
    if fmt not in ("text", "html"):
        raise RequestError(f"format={fmt!r} is not text or html")
    try:
        published = check_published(fields.get("published", "").strip(), "published")
    except InputError as e:
        raise RequestError(e.message) from None
    title = fields.get("title", "").strip()[:300] or None
    shown = {"text": text, "title": title or "", "published": published.isoformat() if published else "",
             "format": fmt}
    try:
        if fmt == "html":
            doc = from_html(text, id=title or "pasted", origin="pasted article")
            if published:
                doc.published = published
            if title:
                doc.title = title
        else:
            doc = from_text(text, id=title or "pasted", origin="pasted article", published=published,
                            **({"title": title} if title else {}))
        article = req.app.code(doc)
    except InputError as e:  # the analyst's text could not be coded: say why, keep what they pasted
        status = 503 if isinstance(e, TimeBudgetError) else 422  # over budget: the server's limit, not the text's fault
        return Page("paste.html", _state(req, form=shown, error=str(e)), title="Paste an article", status=status)
    stored = req.app.data.add(article) if add else None
    shape = stored_shape(article)
    spans = spans_of(shape)
    result = {"article": formats.article_dict(article),
              "spans": [{k: s[k] for k in ("start", "end", "kind", "label")} for s in spans],
              "stored": stored,
              "links": {"article": url(f"/articles/{stored['article_id']}")} if stored and stored["article_id"] else {}}
    return Page("paste.html", _state(req, form=shown, result=result), title="Paste an article: coded",
                view={"segments": segments(doc.text, spans), "legend": legend(spans), "text": doc.text})


def stored_shape(article) -> dict:
    """An extracted article in the shape ``Data.article`` reads from the database (same spans)."""
    evidence = []
    for ev in article.events:
        if ev.negated:
            continue
        spans = [("mention", s) for s in ev.evidence] + [("trigger", ev.trigger)]
        for name, obj in (("date", ev.time), ("location", ev.place), ("actor1", ev.actor1),
                          ("actor2", ev.actor2), ("fatalities", ev.fatalities)):
            if obj is not None:
                spans.append((name, obj.span))
        if ev.claim.span is not None:
            spans.append(("status", ev.claim.span))
        evidence += [{"event_key": ev.id, "field": f, "start": s.start, "end": s.end, "text": s.text}
                     for f, s in spans]
    actors = [{"name": a.name, "type": a.type, "country": a.country, "role": a.role, "start": a.span.start,
               "end": a.span.end} for a in article.actors]
    places = [{"name": p.name, "admin1": p.admin1, "admin2": p.admin2, "country": p.country,
               "start": p.span.start, "end": p.span.end} for p in article.places]
    return {"evidence": evidence, "actors": actors, "places": places}


ROUTES = [
    (("GET",), r"/paste", form),
    (("POST",), r"/paste", post),
]
