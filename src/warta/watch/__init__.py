"""Following the news: poll RSS/Atom feeds and XML sitemaps, ingest new pages, alert on what changed.

    from warta.watch import Watcher, JsonlSink
    w = Watcher(store, load_options(), sinks=[JsonlSink()])
    w.add_sources(["https://example.org/rss"])
    w.run(interval=300)          # until w.stop() (the CLI stops it on Ctrl-C)

State (sources, their health, pages seen, alerts sent) lives in the store: see warta.watch.state.
"""

from warta.watch.alerts import Alert, compute_alerts
from warta.watch.watcher import JsonlSink, PollReport, Watcher, WebhookSink

__all__ = ["Alert", "JsonlSink", "PollReport", "Watcher", "WebhookSink", "compute_alerts"]
