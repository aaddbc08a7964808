"""One module per page type; each page's ``.json`` twin is the same view (see ``app.py``).

=============  ==============================  =========================================
module         URL                             what it shows
=============  ==============================  =========================================
events.py      /events, /events.csv|.geojson   the table of events (merged incidents)
event.py       /events/ID                      one event: every field, its evidence, each source
article.py     /articles, /articles/ID         an article with every extracted span marked
map.py         /map                            events as points on a Natural Earth basemap
timeline.py    /timeline                       events per week by type, brushing to filter
actors.py      /actors                         the actor graph; an edge opens its evidence
paste.py       /paste                          code a pasted report at once; store it if allowed
static.py      /static/NAME, /vendor/NAME      sitrep's scripts and styles, the npm libraries
=============  ==============================  =========================================
"""
from __future__ import annotations

from . import actors, article, event, events, map, paste, static, timeline

ROUTES = [
    *static.ROUTES,
    *events.ROUTES,
    *event.ROUTES,
    *article.ROUTES,
    *map.ROUTES,
    *timeline.ROUTES,
    *actors.ROUTES,
    *paste.ROUTES,
]
