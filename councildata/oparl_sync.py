"""Crawl a live OParl endpoint into a folder that ``councildata build`` reads.

``sync(url, dest)`` walks System -> ``body`` list -> each Body's
``organization``, ``meeting`` and ``paper`` lists (following ``links.next``)
and writes what it finds::

    dest/oparl/system.json                     the System object
    dest/oparl/bodies/<key>.json               one file per Body
    dest/oparl/papers/<key>.json               one file per Paper
    dest/oparl/meetings/<key>.json             one file per Meeting
    dest/oparl/organizations/<body-key>.json   the Body's organizations, one list
    dest/files/<key>.<ext>                     each File's accessUrl (or downloadUrl)
    dest/.oparl-sync-state.json                resumable state, last_sync

File names come from the OParl ids, so a later (incremental) run overwrites
the same files and the build never sees an object twice; an object the
server marks ``deleted`` is removed. Papers and meetings are written one per
file (not as list pages) for the same reason.

Politeness and robustness: a rate limit (requests per second), retries with
exponential backoff on 5xx/429/timeouts/connection errors (``Retry-After``
honoured), only http/https URLs on the endpoint's host (a ``links.next`` or
file URL pointing elsewhere is refused and reported, never requested), a
page that keeps failing is reported and the crawl goes on. The state file
holds the pending queue, so an interrupted run (``max_requests``, Ctrl-C, a
crash) continues where it stopped; a finished run without failures stores
``last_sync``, which the next run sends as ``modified_since``.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import mimetypes
import os
import re
import tempfile
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from .oparl import id_key, oparl_type

STATE_NAME = ".oparl-sync-state.json"
STATE_VERSION = 1
USER_AGENT = "councildata-oparl-sync/0.1"
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
# The lists of a Body that are crawled, in this order (organizations first so
# that a build of a partial sync can already name the committees).
BODY_LISTS = ("organization", "meeting", "paper")
_FOLDERS = {"Paper": "papers", "Meeting": "meetings", "Body": "bodies"}
SAVE_EVERY = 2.0  # seconds between saves of the state file during a crawl


@dataclass
class SyncReport:
    endpoint: str
    dest: str
    modified_since: str | None = None
    resumed: bool = False
    complete: bool = False
    requests: int = 0
    retries: int = 0
    pages: int = 0  # JSON responses read (objects and list pages)
    objects: int = 0  # Paper, Meeting, Organization and Body objects received
    written: int = 0  # object files created or changed
    deleted: int = 0  # objects the server marked deleted (their files removed)
    files: int = 0  # files downloaded and written (new or changed)
    files_skipped: int = 0  # files known unchanged (not requested, or same bytes)
    failures: list[dict[str, str]] = field(default_factory=list)
    last_sync: str | None = None

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        state = "complete" if self.complete else "incomplete (run again to resume)"
        lines = [
            f"OParl sync of {self.endpoint} into {self.dest}: {state}"
            + (" [resumed]" if self.resumed else ""),
            f"  modified_since: {self.modified_since or '-'}",
            f"  requests: {self.requests} (retries: {self.retries})",
            (f"  pages: {self.pages}, objects: {self.objects} "
             f"(written: {self.written}, deleted: {self.deleted})"),
            f"  files: {self.files} downloaded, {self.files_skipped} unchanged",
            f"  failures: {len(self.failures)}",
        ]
        lines += [f"    {f['url']}: {f['reason']}" for f in self.failures]
        return "\n".join(lines)


class _Budget(Exception):
    """max_requests reached: stop, keep the current item pending."""


class _Failed(Exception):
    """A URL that cannot be fetched (after retries) or is refused."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _hash(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def _file_key(oparl_id: str) -> str:
    return f"{id_key(oparl_id)}-{_hash(oparl_id, 6)}"


def _write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` unless it already holds exactly that; True if written."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _with_param(url: str, name: str, value: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    query.append((name, value))
    return urlunsplit(parts._replace(query=urlencode(query)))


def _has_param(url: str, name: str) -> bool:
    return any(k == name for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


_EXT_RE = re.compile(r"^\.[A-Za-z0-9]{1,6}$")


def _extension(f: dict, url: str, content_type: str | None) -> str:
    for name in (f.get("fileName"), urlsplit(url).path):
        if isinstance(name, str):
            ext = Path(name).suffix.lower()
            if _EXT_RE.match(ext):
                return ext
    for mime in (f.get("mimeType"), content_type):
        if isinstance(mime, str) and mime:
            ext = mimetypes.guess_extension(mime.split(";")[0].strip().lower())
            if ext:
                return ".txt" if ext in (".bat", ".ksh", ".text") else ext
    return ".bin"


def _files_of(obj: dict) -> list[dict]:
    """File objects a Paper or Meeting embeds (with their agenda items')."""
    found: list[dict] = []

    def add(f: Any) -> None:
        if isinstance(f, dict) and (isinstance(f.get("accessUrl"), str)
                                    or isinstance(f.get("downloadUrl"), str)):
            found.append(f)

    for key in ("mainFile", "invitation", "resultsProtocol", "verbatimProtocol",
                "resolutionFile"):
        add(obj.get(key))
    for f in obj.get("auxiliaryFile") or []:
        add(f)
    for item in obj.get("agendaItem") or []:
        if isinstance(item, dict):
            add(item.get("resolutionFile"))
            for f in item.get("auxiliaryFile") or []:
                add(f)
    return found


class _Syncer:
    def __init__(self, url: str, dest: Path, *, modified_since: str | None,
                 max_requests: int | None, rate_limit: float, retries: int,
                 client: httpx.Client, backoff: float, max_wait: float,
                 allowed_hosts: set[str], download_files: bool, max_file_size: int) -> None:
        self.url = url
        self.dest = dest
        self.client = client
        self.max_requests = max_requests
        self.interval = 1.0 / rate_limit if rate_limit and rate_limit > 0 else 0.0
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_wait = max_wait
        self.allowed_hosts = allowed_hosts
        self.download_files = download_files
        self.max_file_size = max_file_size
        self._next_at = 0.0
        self.state_path = dest / STATE_NAME
        self.state = self._load_state()
        self.report = SyncReport(endpoint=url, dest=str(dest))
        run = self.state.get("run")
        resumable = (
            isinstance(run, dict) and run.get("pending") and self.state.get("endpoint") == url
            and (modified_since is None or modified_since == run.get("modified_since"))
        )
        if resumable:
            self.report.resumed = True
        else:
            since = modified_since if modified_since is not None else self.state.get("last_sync")
            self.state["endpoint"] = url
            self.state["run"] = {
                "started": _now(),
                "modified_since": since,
                "pending": [{"kind": "object", "url": url}],
                "done": [],
                "failed": 0,
            }
        self.run: dict[str, Any] = self.state["run"]
        # URLs of pages done in this run (a links.next loop is not followed twice)
        self.done: set[str] = set(self.run.get("done", []))
        self.pending: deque[dict[str, Any]] = deque(self.run.get("pending", []))
        self.queued: set[str] = {self._done_key(i) for i in self.pending}
        self.report.modified_since = self.run.get("modified_since")
        self._saved_at = time.monotonic()

    # -- state --------------------------------------------------------------

    def _load_state(self) -> dict[str, Any]:
        try:
            state = json.loads(self.state_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {"version": STATE_VERSION, "files": {}}
        if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
            return {"version": STATE_VERSION, "files": {}}
        state.setdefault("files", {})
        return state

    def _save_state(self) -> None:
        self.run["done"] = sorted(self.done)
        self.run["pending"] = list(self.pending)
        _write_atomic(self.state_path, _json_bytes(self.state))
        self._saved_at = time.monotonic()

    # -- HTTP ---------------------------------------------------------------

    def _check_url(self, url: Any) -> str:
        if not isinstance(url, str) or not url:
            raise _Failed("not a URL")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise _Failed(f"refused: only http/https URLs are fetched (got {parts.scheme!r})")
        if (parts.hostname or "").lower() not in self.allowed_hosts:
            raise _Failed(f"refused: host {parts.hostname!r} is not the endpoint's host")
        return url

    def _wait_turn(self) -> None:
        if self.max_requests is not None and self.report.requests >= self.max_requests:
            raise _Budget
        now = time.monotonic()
        if now < self._next_at:
            time.sleep(self._next_at - now)
            now = self._next_at
        self._next_at = now + self.interval
        self.report.requests += 1

    def _get(self, url: str) -> httpx.Response:
        """GET with host check, rate limit, retries and checked redirects."""
        url = self._check_url(url)
        reason = "no attempt"
        for attempt in range(self.retries + 1):
            if attempt:
                self.report.retries += 1
            wait = self.backoff * (2 ** attempt)
            try:
                resp = self._get_following(url)
            except _Failed:
                raise
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                reason = f"{type(exc).__name__}: {exc}"
            else:
                if 200 <= resp.status_code < 300:
                    return resp
                reason = f"HTTP {resp.status_code}"
                if resp.status_code not in RETRY_STATUS and resp.status_code < 500:
                    raise _Failed(reason)
                after = _retry_after(resp.headers.get("Retry-After"))
                if after is not None:
                    wait = after
            if attempt < self.retries:
                time.sleep(min(max(wait, 0.0), self.max_wait))
        raise _Failed(f"{reason} after {self.retries + 1} attempts")

    def _get_following(self, url: str) -> httpx.Response:
        for _ in range(6):
            self._wait_turn()
            resp = self.client.get(url, follow_redirects=False)
            if resp.is_redirect and resp.headers.get("Location"):
                url = self._check_url(urljoin(url, resp.headers["Location"]))
                continue
            return resp
        raise _Failed("too many redirects")

    def _get_json(self, url: str) -> Any:
        resp = self._get(url)
        try:
            data = resp.json()
        except ValueError as exc:
            raise _Failed(f"invalid JSON: {exc}") from exc
        self.report.pages += 1
        return data

    # -- the crawl ----------------------------------------------------------

    def run_crawl(self) -> SyncReport:
        pending = self.pending
        try:
            while pending:
                item = pending[0]
                try:
                    self._process(item)
                except _Budget:
                    break
                except _Failed as exc:
                    self._fail(item.get("url") or item.get("file", {}).get("accessUrl")
                               or self._done_key(item), str(exc))
                if item["kind"] != "file":
                    self.done.add(self._done_key(item))
                pending.popleft()
                # Processing an item again is harmless (files are rewritten only
                # when changed), so the state is saved every few seconds, not
                # after every item: a crawl of 100 000 files stays linear.
                if time.monotonic() - self._saved_at >= SAVE_EVERY:
                    self._save_state()
        finally:
            self._finish()
        return self.report

    def _finish(self) -> None:
        if not self.pending:
            self.report.complete = True
            if not self.run.get("failed"):
                self.state["last_sync"] = self.run["started"]
            self.state.pop("run", None)
            _write_atomic(self.state_path, _json_bytes(self.state))
        else:
            self._save_state()
        self.report.last_sync = self.state.get("last_sync")

    def _fail(self, url: str, reason: str) -> None:
        self.report.failures.append({"url": url, "reason": reason})
        self.run["failed"] = int(self.run.get("failed") or 0) + 1

    @staticmethod
    def _done_key(item: dict) -> str:
        if item["kind"] == "file":
            return "file:" + str(item["file"].get("id") or item["file"].get("accessUrl"))
        return f"{item['kind']}:{item.get('url')}"

    def _enqueue(self, item: dict) -> None:
        key = self._done_key(item)
        if key in self.done or key in self.queued:
            return
        self.queued.add(key)
        self.pending.append(item)

    def _process(self, item: dict) -> None:
        kind = item["kind"]
        if kind == "file":
            self._download(item["file"])
            return
        url = item["url"]
        data = self._get_json(url)
        if oparl_type(data):
            self._handle(data, item.get("body"))
        elif isinstance(data, dict) and isinstance(data.get("data"), list):
            for obj in data["data"]:
                self._handle(obj, item.get("body"))
            links = data.get("links") if isinstance(data.get("links"), dict) else {}
            nxt = links.get("next")
            if isinstance(nxt, str) and nxt:
                nxt = urljoin(url, nxt)
                if item.get("filter") and self.run.get("modified_since") and not _has_param(
                        nxt, "modified_since"):
                    nxt = _with_param(nxt, "modified_since", self.run["modified_since"])
                try:
                    self._check_url(nxt)
                except _Failed as exc:
                    self._fail(nxt, f"links.next {exc}")
                else:
                    self._enqueue({**item, "kind": "list", "url": nxt})
        else:
            raise _Failed("neither an OParl object nor a list page")

    def _handle(self, obj: Any, body_key: str | None) -> None:
        kind = oparl_type(obj)
        oid = obj.get("id") if isinstance(obj, dict) else None
        if kind is None or not isinstance(oid, str) or not oid:
            return
        if kind == "System":
            self._write_object(self.dest / "oparl" / "system.json", obj)
            if isinstance(obj.get("body"), str):
                self._enqueue_checked({"kind": "list", "url": obj["body"]})
        elif kind == "Body":
            self.report.objects += 1
            key = _file_key(oid)
            self._write_object(self.dest / "oparl" / "bodies" / f"{key}.json", obj)
            if obj.get("deleted") is True:
                return
            for attr in BODY_LISTS:
                url = obj.get(attr)
                if isinstance(url, str) and url:
                    since = self.run.get("modified_since")
                    if since:
                        url = _with_param(url, "modified_since", since)
                    self._enqueue_checked({"kind": "list", "url": url, "body": key,
                                           "filter": True})
        elif kind in ("Paper", "Meeting"):
            self.report.objects += 1
            path = self.dest / "oparl" / _FOLDERS[kind] / f"{_file_key(oid)}.json"
            self._write_object(path, obj)
            if obj.get("deleted") is not True and self.download_files:
                for f in _files_of(obj):
                    self._enqueue({"kind": "file", "file": {
                        k: f.get(k) for k in ("id", "accessUrl", "downloadUrl", "fileName",
                                              "mimeType", "modified", "sha1Checksum", "size")
                        if f.get(k) is not None}})
        elif kind == "Organization":
            self.report.objects += 1
            self._merge_organization(obj, body_key or _file_key(str(obj.get("body") or "")))

    def _enqueue_checked(self, item: dict) -> None:
        try:
            self._check_url(item["url"])
        except _Failed as exc:
            self._fail(item["url"], str(exc))
            return
        self._enqueue(item)

    def _write_object(self, path: Path, obj: dict) -> None:
        if obj.get("deleted") is True:
            if path.exists():
                path.unlink()
            self.report.deleted += 1
            return
        if _write_atomic(path, _json_bytes(obj)):
            self.report.written += 1

    def _merge_organization(self, obj: dict, body_key: str) -> None:
        path = self.dest / "oparl" / "organizations" / f"{body_key}.json"
        try:
            current = json.loads(path.read_text("utf-8"))
            orgs = {o["id"]: o for o in current.get("data", []) if isinstance(o, dict)
                    and isinstance(o.get("id"), str)}
        except (OSError, ValueError, AttributeError):
            orgs = {}
        if obj.get("deleted") is True:
            if orgs.pop(obj["id"], None) is not None:
                self.report.deleted += 1
        else:
            orgs[obj["id"]] = obj
        page = {"data": [orgs[k] for k in sorted(orgs)], "links": {}, "pagination": {
            "totalElements": len(orgs)}}
        if _write_atomic(path, _json_bytes(page)):
            self.report.written += 1

    # -- files ----------------------------------------------------------------

    def _download(self, f: dict) -> None:
        fid = str(f.get("id") or f.get("accessUrl") or f.get("downloadUrl"))
        known = self.state["files"].get(fid)
        if isinstance(known, dict) and (self.dest / known.get("path", "\0")).is_file():
            local = self.dest / known["path"]
            same = (
                (f.get("modified") and f.get("modified") == known.get("modified"))
                or (f.get("sha1Checksum") and f.get("sha1Checksum") == known.get("sha1"))
                or (not f.get("modified") and not f.get("sha1Checksum")
                    and isinstance(f.get("size"), int) and f["size"] == local.stat().st_size)
            )
            if same:
                self.report.files_skipped += 1
                return
        urls = [u for u in (f.get("accessUrl"), f.get("downloadUrl")) if isinstance(u, str) and u]
        errors: list[str] = []
        for url in urls:
            try:
                resp = self._get(url)
            except _Failed as exc:
                errors.append(str(exc))
                continue
            data = resp.content
            if len(data) > self.max_file_size:
                errors.append(f"file larger than {self.max_file_size} bytes")
                continue
            ext = _extension(f, url, resp.headers.get("Content-Type"))
            rel = f"files/{_file_key(fid)}{ext}"
            if _write_atomic(self.dest / rel, data):
                self.report.files += 1
            else:
                self.report.files_skipped += 1
            self.state["files"][fid] = {
                "path": rel,
                "url": url,
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "sha1": hashlib.sha1(data).hexdigest(),
                "modified": f.get("modified"),
            }
            return
        raise _Failed("; ".join(errors) or "File without accessUrl/downloadUrl")


def sync(url: str, dest: str | Path, *, modified_since: str | None = None,
         max_requests: int | None = None, rate_limit: float = 2.0, retries: int = 4,
         client: httpx.Client | None = None, backoff: float = 1.0, max_wait: float = 120.0,
         allowed_hosts: list[str] | tuple[str, ...] = (), download_files: bool = True,
         max_file_size: int = 200_000_000) -> SyncReport:
    """Crawl the OParl endpoint ``url`` (a System, a Body or a body list) into ``dest``.

    ``modified_since`` (ISO date-time) limits the Body lists to objects changed
    since then; default: the ``last_sync`` of a previous complete run in
    ``dest``. ``max_requests`` stops after that many HTTP requests (the state
    file keeps the rest for the next call, which resumes). ``rate_limit`` is
    requests per second (0 = unlimited); ``retries`` extra attempts with
    backoff ``backoff * 2**attempt`` seconds (or ``Retry-After``, capped at
    ``max_wait``). Only the endpoint's host (plus ``allowed_hosts``) is ever
    contacted.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    hosts = {parts.hostname.lower(), *(h.lower() for h in allowed_hosts)}
    own = client is None
    if client is None:
        client = httpx.Client(timeout=httpx.Timeout(30.0, connect=10.0),
                              headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
    try:
        syncer = _Syncer(url, dest, modified_since=modified_since, max_requests=max_requests,
                         rate_limit=rate_limit, retries=retries, client=client, backoff=backoff,
                         max_wait=max_wait, allowed_hosts=hosts, download_files=download_files,
                         max_file_size=max_file_size)
        return syncer.run_crawl()
    finally:
        if own:
            client.close()
