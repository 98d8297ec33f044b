"""A Discord-compatible server (REST + gateway) that runs inside the test process.

The unmodified discord.py client talks to it exactly as it talks to Discord: it logs in over
REST, opens the gateway websocket, identifies, receives READY and GUILD_CREATE, syncs its
application commands, and answers interactions through the callback and webhook routes. Tests
act as Discord's users: they dispatch MESSAGE_CREATE and INTERACTION_CREATE and await what the
bot sends back. Every REST request is recorded; a route the server does not know is recorded in
`unknown_routes` (the fixture fails the test on it) so nothing the bot calls goes unnoticed.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from . import payloads
from .guild import FakeGuild, FakeUser

API_PREFIX = "/api/v10"
EPHEMERAL = 1 << 6


class Op:
    DISPATCH, HEARTBEAT, IDENTIFY, RESUME, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 0, 1, 2, 6, 9, 10, 11


class InteractionType:
    APPLICATION_COMMAND, AUTOCOMPLETE, MODAL_SUBMIT = 2, 4, 5


class Callback:
    """Interaction callback types the bot may answer with."""

    MESSAGE, DEFERRED_MESSAGE, AUTOCOMPLETE_RESULT, MODAL = 4, 5, 8, 9


@dataclass
class RecordedRequest:
    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    json: Any  # the JSON body, or a multipart request's payload_json
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def message(self) -> dict[str, Any]:
        """The message this request posts or edits (an interaction callback's `data`)."""
        if self.path.endswith("/callback"):
            return self.json.get("data") or {}
        return self.json or {}

    @property
    def ephemeral(self) -> bool:
        return bool(self.message.get("flags", 0) & EPHEMERAL)


@dataclass
class SentInteraction:
    """An interaction the test dispatched; await what the bot does with it."""

    server: FakeDiscord
    id: int
    token: str
    since: int

    async def callback(self, timeout: float = 10) -> RecordedRequest:
        path = f"/interactions/{self.id}/{self.token}/callback"
        return await self.server.wait_for(lambda r: r.path == path, timeout, since=self.since)

    async def followup(self, timeout: float = 10) -> RecordedRequest:
        path = f"/webhooks/{self.server.app_id}/{self.token}"
        return await self.server.wait_for(lambda r: r.method == "POST" and r.path == path, timeout, since=self.since)

    async def reply(self, timeout: float = 10) -> RecordedRequest:
        """The first message the user sees: an immediate response, a followup or an edit."""

        def shows_message(r: RecordedRequest) -> bool:
            if r.path == f"/interactions/{self.id}/{self.token}/callback":
                return r.json.get("type") == Callback.MESSAGE
            return r.path.startswith(f"/webhooks/{self.server.app_id}/{self.token}") and r.method in ("POST", "PATCH")

        return await self.server.wait_for(shows_message, timeout, since=self.since)


class FakeDiscord:
    """One application with one bot user, any number of guilds, one gateway session at a time."""

    def __init__(self, *, token: str = "fake-token", heartbeat_ms: int = 500) -> None:
        self.token = token
        self.heartbeat_ms = heartbeat_ms
        self.app_id = payloads.snowflake()
        self.bot_user = FakeUser(self.app_id, "conflictbot", bot=True)
        self.owner = FakeUser(payloads.snowflake(), "owner")
        self.guilds: dict[int, FakeGuild] = {}
        self.requests: list[RecordedRequest] = []
        self.unknown_routes: list[str] = []
        self.commands: dict[int | None, list[dict[str, Any]]] = {}  # None: global
        self.identify: dict[str, Any] | None = None
        self.heartbeats = 0
        self._attachments: dict[str, tuple[str, bytes]] = {}
        self._sockets: list[web.WebSocketResponse] = []
        self._sequence = 0
        self._recorded = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{key}/{filename}", self._cdn)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return self.base_url.replace("http://", "ws://") + "/gateway"

    # -- world building ----------------------------------------------------------------------

    def add_guild(self, name: str = "test guild") -> FakeGuild:
        """A guild the bot is in; add it before the bot connects so it arrives in GUILD_CREATE."""
        guild = FakeGuild.create(name)
        guild.add_member(self.bot_user)
        self.guilds[guild.id] = guild
        return guild

    @staticmethod
    def new_user(name: str) -> FakeUser:
        return FakeUser(payloads.snowflake(), name)

    # -- acting as users ---------------------------------------------------------------------

    async def send_message(self, guild: FakeGuild, author: FakeUser, content: str, *, mentions: list[FakeUser] = ()) -> int:
        """Dispatch MESSAGE_CREATE; return the message id (for matching a reply's reference)."""
        message_id = payloads.snowflake()
        data = payloads.message(
            message_id,
            guild.channel_id,
            author.payload(),
            {"content": content},
            guild_id=guild.id,
            extra={
                "member": guild.member_payload(author),
                "mentions": [u.payload() for u in mentions],
            },
        )
        await self.dispatch("MESSAGE_CREATE", data)
        return message_id

    async def slash(
        self, guild: FakeGuild, user: FakeUser, command: str, *, locale: str = "en-US", **options: Any
    ) -> SentInteraction:
        """Invoke a synced slash command ("ask", "article add") with options, as `user` in `guild`."""
        data = self._command_data(guild, command, options, focused=None)
        return await self._interact(guild, user, InteractionType.APPLICATION_COMMAND, data, locale)

    async def autocomplete(
        self, guild: FakeGuild, user: FakeUser, command: str, focused: str, **options: Any
    ) -> list[dict[str, Any]]:
        """Type into option `focused`; return the choices the bot offers."""
        data = self._command_data(guild, command, options, focused=focused)
        sent = await self._interact(guild, user, InteractionType.AUTOCOMPLETE, data, "en-US")
        response = await sent.callback()
        assert response.json["type"] == Callback.AUTOCOMPLETE_RESULT, response.json
        return response.json["data"]["choices"]

    async def submit_modal(
        self, guild: FakeGuild, user: FakeUser, modal: RecordedRequest, values: dict[str, str]
    ) -> SentInteraction:
        """Fill the modal the bot opened (`modal` is its type-9 callback) and submit it.

        `values` maps text inputs' custom ids to what the user typed; others keep their default.
        """
        assert modal.json["type"] == Callback.MODAL, modal.json
        shown = modal.json["data"]

        def filled(component: dict[str, Any]) -> dict[str, Any]:
            if component["type"] == 4:  # text input, prefilled with its default as Discord's form is
                value = values.get(component["custom_id"], component.get("value", ""))
                return {"type": 4, "custom_id": component["custom_id"], "value": value}
            if "components" in component:
                return {"type": component["type"], "components": [filled(c) for c in component["components"]]}
            if "component" in component:  # a label around one input
                return {"type": component["type"], "component": filled(component["component"])}
            return component

        data = {"custom_id": shown["custom_id"], "components": [filled(c) for c in shown["components"]]}
        return await self._interact(guild, user, InteractionType.MODAL_SUBMIT, data, "en-US")

    def upload(self, filename: str, data: bytes, content_type: str = "text/plain") -> dict[str, Any]:
        """An attachment payload whose URL this server serves, for an attachment option."""
        key = secrets.token_hex(8)
        self._attachments[key] = (content_type, data)
        url = f"{self.base_url}/attachments/{key}/{filename}"
        return payloads.attachment(payloads.snowflake(), filename, len(data), url, content_type)

    # -- gateway -----------------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._sockets, "no bot is connected to the gateway"
        for ws in self._sockets:
            await self._send_dispatch(ws, event, data)

    async def _send_dispatch(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        self._sequence += 1
        await ws.send_str(json.dumps({"op": Op.DISPATCH, "t": event, "s": self._sequence, "d": data}))

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str(json.dumps({"op": Op.HELLO, "d": {"heartbeat_interval": self.heartbeat_ms}}))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                if frame["op"] == Op.HEARTBEAT:
                    self.heartbeats += 1
                    await ws.send_str(json.dumps({"op": Op.HEARTBEAT_ACK}))
                elif frame["op"] == Op.IDENTIFY:
                    await self._identify(ws, frame["d"])
                elif frame["op"] == Op.RESUME:
                    # No session survives here: tell the client to identify afresh.
                    await ws.send_str(json.dumps({"op": Op.INVALID_SESSION, "d": False}))
                else:
                    self.unknown_routes.append(f"gateway op {frame['op']}: {frame.get('d')!r}")
        finally:
            if ws in self._sockets:
                self._sockets.remove(ws)
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identify = data
        ready = {
            "v": 10,
            "user": self.bot_user.payload(),
            "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds],
            "session_id": secrets.token_hex(16),
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.app_id), "flags": payloads.APPLICATION_FLAGS},
        }
        await self._send_dispatch(ws, "READY", ready)
        for guild in self.guilds.values():
            await self._send_dispatch(ws, "GUILD_CREATE", guild.create_payload())
        self._sockets.append(ws)

    # -- REST --------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body, files = await _read_body(request)
        recorded = RecordedRequest(request.method, path, dict(request.query), body, files)
        for pattern, method, handler in self._routes():
            match = _match(pattern, path)
            if match is not None and method == request.method:
                if not self._authorized(request, path):
                    return _json({"message": "401: Unauthorized", "code": 0}, status=401)
                response = await handler(recorded, **match)
                self._record(recorded)
                return response
        self._record(recorded)
        self.unknown_routes.append(f"{request.method} {path}")
        return _json({"message": f"fakediscord does not implement {request.method} {path}", "code": 0}, status=404)

    def _routes(self) -> list[tuple[str, str, Callable[..., Any]]]:
        return [
            ("/users/@me", "GET", self._get_me),
            ("/oauth2/applications/@me", "GET", self._get_application),
            ("/applications/{app}/commands", "PUT", self._put_commands),
            ("/applications/{app}/commands", "GET", self._get_commands),
            ("/applications/{app}/guilds/{guild}/commands", "PUT", self._put_commands),
            ("/applications/{app}/guilds/{guild}/commands", "GET", self._get_commands),
            ("/interactions/{id}/{token}/callback", "POST", self._interaction_callback),
            ("/webhooks/{app}/{token}", "POST", self._webhook_message),
            ("/webhooks/{app}/{token}/messages/{message}", "GET", self._webhook_message),
            ("/webhooks/{app}/{token}/messages/{message}", "PATCH", self._webhook_message),
            ("/webhooks/{app}/{token}/messages/{message}", "DELETE", self._no_content),
            ("/channels/{channel}/messages", "POST", self._channel_message),
            ("/channels/{channel}/typing", "POST", self._no_content),
        ]

    def _authorized(self, request: web.Request, path: str) -> bool:
        # Interaction callbacks and webhooks are authorized by their token in the path.
        if path.startswith(("/interactions/", "/webhooks/")):
            return True
        return request.headers.get("Authorization") == f"Bot {self.token}"

    async def _get_me(self, req: RecordedRequest) -> web.Response:
        return _json(self.bot_user.payload())

    async def _get_application(self, req: RecordedRequest) -> web.Response:
        return _json(payloads.application(self.app_id, self.owner.payload()))

    async def _put_commands(self, req: RecordedRequest, app: str, guild: str | None = None) -> web.Response:
        scope = int(guild) if guild else None
        synced = []
        for command in req.json:
            synced.append(
                {
                    "id": str(payloads.snowflake()),
                    "application_id": str(self.app_id),
                    "version": str(payloads.snowflake()),
                    "default_member_permissions": None,
                    "dm_permission": True,
                    "nsfw": False,
                    "type": 1,
                    **({"guild_id": guild} if guild else {}),
                    **command,
                }
            )
        self.commands[scope] = synced
        return _json(synced)

    async def _get_commands(self, req: RecordedRequest, app: str, guild: str | None = None) -> web.Response:
        return _json(self.commands.get(int(guild) if guild else None, []))

    async def _interaction_callback(self, req: RecordedRequest, id: str, token: str) -> web.Response:
        kind = req.json["type"]
        data = req.json.get("data") or {}
        interaction = {
            "id": id,
            "type": kind,
            "response_message_loading": kind == Callback.DEFERRED_MESSAGE,
            "response_message_ephemeral": bool(data.get("flags", 0) & EPHEMERAL),
        }
        resource: dict[str, Any] = {"type": kind}
        if kind == Callback.MESSAGE:
            message = self._bot_message(data, webhook=True)
            resource["message"] = message
            interaction["response_message_id"] = message["id"]
        return _json({"interaction": interaction, "resource": resource})

    async def _webhook_message(self, req: RecordedRequest, app: str, token: str, message: str = "") -> web.Response:
        return _json(self._bot_message(req.json or {}, webhook=True))

    async def _channel_message(self, req: RecordedRequest, channel: str) -> web.Response:
        return _json(self._bot_message(req.json, channel_id=int(channel)))

    async def _no_content(self, req: RecordedRequest, **_: str) -> web.Response:
        return web.Response(status=204)

    async def _cdn(self, request: web.Request) -> web.Response:
        content_type, data = self._attachments[request.match_info["key"]]
        return web.Response(body=data, content_type=content_type)

    def _bot_message(self, body: dict[str, Any], *, channel_id: int = 0, webhook: bool = False) -> dict[str, Any]:
        extra = {"webhook_id": str(self.app_id), "application_id": str(self.app_id)} if webhook else {}
        if "message_reference" in body:
            extra["message_reference"] = body["message_reference"]
        return payloads.message(payloads.snowflake(), channel_id, self.bot_user.payload(), body, extra=extra)

    # -- recording ---------------------------------------------------------------------------

    def _record(self, request: RecordedRequest) -> None:
        self.requests.append(request)
        self._recorded.set()
        self._recorded = asyncio.Event()

    async def wait_for(
        self, predicate: Callable[[RecordedRequest], bool], timeout: float = 10, *, since: int = 0
    ) -> RecordedRequest:
        """The first request at index `since` or later that matches, waiting up to `timeout` s."""
        seen = since

        async def find() -> RecordedRequest:
            nonlocal seen
            while True:
                event = self._recorded
                for request in self.requests[seen:]:
                    if predicate(request):
                        return request
                seen = len(self.requests)
                await event.wait()

        try:
            return await asyncio.wait_for(find(), timeout)
        except TimeoutError:
            sent = "\n".join(f"  {r.method} {r.path}" for r in self.requests[since:])
            raise AssertionError(f"the bot sent no matching request within {timeout}s; it sent:\n{sent}") from None

    # -- interactions ------------------------------------------------------------------------

    def _command_data(
        self, guild: FakeGuild, command: str, options: dict[str, Any], focused: str | None
    ) -> dict[str, Any]:
        """Interaction `data` for a synced command, typing each option as its definition says."""
        names = command.split()
        definition = self._find_command(guild, names[0])
        data: dict[str, Any] = {"id": definition["id"], "name": names[0], "type": 1, "resolved": {}}
        if "guild_id" in definition:
            data["guild_id"] = definition["guild_id"]
        level, options_out = definition, []
        data["options"] = options_out
        for name in names[1:]:  # subcommand groups and subcommands nest as options
            level = next(o for o in level.get("options", []) if o["name"] == name)
            nested: list[dict[str, Any]] = []
            options_out.append({"name": name, "type": level["type"], "options": nested})
            options_out = nested
        for name, value in options.items():
            spec = next((o for o in level.get("options", []) if o["name"] == name), None)
            assert spec is not None, f"/{command} has no option {name!r}"
            option: dict[str, Any] = {"name": name, "type": spec["type"], "value": value}
            if spec["type"] == 11:  # attachment: the value is an id into `resolved`
                data["resolved"].setdefault("attachments", {})[value["id"]] = value
                option["value"] = value["id"]
            if name == focused:
                option["focused"] = True
            options_out.append(option)
        return data

    def _find_command(self, guild: FakeGuild, name: str) -> dict[str, Any]:
        for scope in (guild.id, None):
            for definition in self.commands.get(scope, []):
                if definition["name"] == name:
                    return definition
        raise AssertionError(f"/{name} was not synced for guild {guild.id} nor globally")

    async def _interact(
        self, guild: FakeGuild, user: FakeUser, kind: int, data: dict[str, Any], locale: str
    ) -> SentInteraction:
        if user.id not in guild.members:
            guild.add_member(user)
        interaction_id = payloads.snowflake()
        token = "interaction-" + secrets.token_hex(12)
        payload = {
            "id": str(interaction_id),
            "application_id": str(self.app_id),
            "type": kind,
            "data": data,
            "guild_id": str(guild.id),
            "channel_id": str(guild.channel_id),
            "channel": guild.channel_payload(),
            "member": guild.member_payload(user, with_permissions=True),
            "token": token,
            "version": 1,
            "locale": locale,
            "guild_locale": "en-US",
            "app_permissions": str(guild.permissions_of(self.bot_user)),
            "attachment_size_limit": 25 * 1024 * 1024,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild.id)},
            "context": 0,
        }
        sent = SentInteraction(self, interaction_id, token, since=len(self.requests))
        await self.dispatch("INTERACTION_CREATE", payload)
        return sent


def _match(pattern: str, path: str) -> dict[str, str] | None:
    """Match '/a/{x}/b' against a path; return the placeholders' values."""
    want, got = pattern.strip("/").split("/"), path.strip("/").split("/")
    if len(want) != len(got):
        return None
    values: dict[str, str] = {}
    for w, g in zip(want, got):
        if w.startswith("{"):
            values[w[1:-1]] = g
        elif w != g:
            return None
    return values


async def _read_body(request: web.Request) -> tuple[Any, dict[str, bytes]]:
    """The JSON body, or a multipart body's payload_json plus its files."""
    if request.content_type.startswith("multipart/"):
        body: Any = None
        files: dict[str, bytes] = {}
        reader = await request.multipart()
        async for part in reader:
            if part.name == "payload_json":
                body = json.loads(await part.text())
            else:
                files[part.filename or part.name or ""] = await part.read()
        return body, files
    raw = await request.read()
    return (json.loads(raw) if raw else None), {}


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py decodes JSON only when the content type is exactly application/json.
    # aiohttp would add "; charset=utf-8" to `content_type=`, so the header is set by hand.
    return web.Response(body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"})
