#!/usr/bin/env python3
"""The plan schema in a real editor's language server, headless.

Drives yaml-language-server (npm `yaml-language-server`, the server behind VS Code's
YAML extension, coc-yaml, nvim-lspconfig's `yamlls`, Helix and Zed) over stdio with
a small LSP client, on plans that point at `schemas/plan.schema.json` with the
`# yaml-language-server: $schema=…` line `tovholder init` writes:

- a plan with a misspelt unit (`3 monts`, `2 hourz`) and a phase without its
  required `duration`: the server reports each, at its line, with the schema's
  `patternErrorMessage` and the missing key;
- the bundled example plan and every model: no diagnostics;
- hovering a key shows the key's own description (not its type's), as Markdown;
- completing a value offers no `null`.

Usage: scripts/test-yaml-language-server.py [SERVER]   (default: yaml-language-server
on PATH, else node_modules/.bin/yaml-language-server). Exits 0 when all hold.
"""

import json
import os
import pathlib
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
TIMEOUT = 60.0


class Client:
    def __init__(self, argv, root):
        self.proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.next_id = 1
        self.inbox = queue.Queue()
        self.diagnostics = {}
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        self.root = root

    def _send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.decode().partition(":")
                headers[k.lower()] = v.strip()
            body = out.read(int(headers.get("content-length", "0")))
            message = json.loads(body)
            if "method" in message and "id" in message:
                self._answer(message)
            elif message.get("method") == "textDocument/publishDiagnostics":
                p = message["params"]
                with self.lock:
                    self.diagnostics[p["uri"]] = p["diagnostics"]
            elif "id" in message:
                self.inbox.put(message)

    def _answer(self, request):
        result = None
        if request["method"] == "workspace/configuration":
            items = request["params"].get("items", [])
            result = [self.settings().get(i.get("section") or "", {}) for i in items]
        self._send({"jsonrpc": "2.0", "id": request["id"], "result": result})

    @staticmethod
    def settings():
        yaml = {
            "validate": True,
            "hover": True,
            "completion": True,
            "schemaStore": {"enable": False},
            "schemas": {},
        }
        return {"yaml": yaml, "": {"yaml": yaml}}

    def request(self, method, params):
        my_id = self.next_id
        self.next_id += 1
        self._send({"jsonrpc": "2.0", "id": my_id, "method": method, "params": params})
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            try:
                m = self.inbox.get(timeout=1)
            except queue.Empty:
                continue
            if m.get("id") == my_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result")
        raise TimeoutError(method)

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def open(self, path):
        uri = path.as_uri()
        with self.lock:
            self.diagnostics.pop(uri, None)
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": uri,
                    "languageId": "yaml",
                    "version": 1,
                    "text": path.read_text(encoding="utf-8"),
                }
            },
        )
        return uri

    def wait_diagnostics(self, uri, settle=1.5):
        """The document's diagnostics once the server has published and gone quiet."""
        deadline = time.time() + TIMEOUT
        last, since = None, None
        while time.time() < deadline:
            with self.lock:
                now = self.diagnostics.get(uri)
            if now is not None:
                if now != last:
                    last, since = now, time.time()
                elif time.time() - since >= settle:
                    return now
            time.sleep(0.1)
        raise TimeoutError(f"no diagnostics for {uri}")

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


BROKEN = """# yaml-language-server: $schema=../schemas/plan.schema.json
id: ics-nordby
title: Implementering af ICS i Nordby
language: da
start: 2027-01-04
roles:
  superbruger:
    owner: [Anna Jensen]
    hours: 4 timer om ugen
phases:
  i-gang:
    name: I gang
    duration: 3 monts
    exit_criteria: [ICS bruges i alle nye sager]
  forankring:
    name: Forankring
    after: [i-gang]
    exit_criteria: [ICS er en del af den daglige praksis]
activities:
  laeringsmoede:
    name: Teammøde med fokus på læring
    phases: [i-gang, forankring]
    every: 2 måneder
    length: 2 hourz
    responsible: superbruger
"""


def line_of(text, needle):
    for n, line in enumerate(text.splitlines()):
        if needle in line:
            return n
    raise ValueError(needle)


def main():
    argv = sys.argv[1:]
    server = argv[0] if argv else shutil.which("yaml-language-server")
    if not server:
        local = REPO / "node_modules/.bin/yaml-language-server"
        server = str(local) if local.exists() else None
    if not server:
        print("yaml-language-server is not installed (npm install -g yaml-language-server)")
        return 2
    failures = []

    def expect(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        (tmp / "schemas").mkdir()
        shutil.copy(REPO / "schemas/plan.schema.json", tmp / "schemas/plan.schema.json")
        (tmp / "plans").mkdir()
        broken = tmp / "plans/broken.yaml"
        broken.write_text(BROKEN, encoding="utf-8")
        goods = []
        for src in [REPO / "examples/ics-eksempel-kommune.yaml", *sorted((REPO / "models").glob("*.yaml"))]:
            text = src.read_text(encoding="utf-8")
            lines = [l for l in text.splitlines(keepends=True) if "yaml-language-server:" not in l]
            dst = tmp / "plans" / ("good-" + src.name)
            dst.write_text(
                "# yaml-language-server: $schema=../schemas/plan.schema.json\n" + "".join(lines),
                encoding="utf-8",
            )
            goods.append(dst)

        client = Client([server, "--stdio"], tmp)
        started = time.time()
        client.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": tmp.as_uri(),
                "capabilities": {
                    "workspace": {"configuration": True},
                    "textDocument": {
                        "hover": {"contentFormat": ["markdown", "plaintext"]},
                        "completion": {"completionItem": {"snippetSupport": True}},
                        "publishDiagnostics": {},
                    },
                },
                "initializationOptions": {},
            },
        )
        client.notify("initialized", {})
        client.notify("workspace/didChangeConfiguration", {"settings": client.settings()})

        uri = client.open(broken)
        diags = client.wait_diagnostics(uri)
        for d in diags:
            print(f"     line {d['range']['start']['line'] + 1}: {d['message']!r}")
        at = lambda needle: [d for d in diags if d["range"]["start"]["line"] == line_of(BROKEN, needle)]
        months = at("duration: 3 monts")
        expect(
            any("Units:" in d["message"] and "måneder" in d["message"] for d in months),
            "`duration: 3 monts` is reported with the schema's message listing the units",
        )
        hours = at("length: 2 hourz")
        expect(
            any("length of one occurrence" in d["message"] for d in hours),
            "`length: 2 hourz` is reported with the schema's message",
        )
        expect(
            any("duration" in d["message"] and "issing" in d["message"] for d in diags),
            "the phase without `duration` is reported as a missing property",
        )
        expect(not at("every: 2 måneder") and not at("hours: 4 timer om ugen"), "the valid values are not reported")

        # Hover on `every`: the key's own description, as Markdown.
        hover = client.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": line_of(BROKEN, "every:"), "character": 5}},
        )
        contents = json.dumps(hover or {}, ensure_ascii=False)
        expect("Recurrence interval" in contents, "hovering `every` shows its own description")
        expect("`2 months`" in contents, "the hover is Markdown (code as code)")

        # Completion of a value: no `null`.
        line = line_of(BROKEN, "every:")
        client.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": 2},
                "contentChanges": [{"text": BROKEN.replace("every: 2 måneder", "every: ")}],
            },
        )
        completion = client.request(
            "textDocument/completion",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": len("    every: ")}},
        )
        items = completion.get("items", []) if isinstance(completion, dict) else (completion or [])
        labels = [i.get("label") for i in items]
        print(f"     completions for `every: `: {labels}")
        expect("null" not in labels, "no `null` is offered as a value")

        for g in goods:
            u = client.open(g)
            d = client.wait_diagnostics(u)
            expect(not d, f"{g.name} has no diagnostics" + (f": {[x['message'] for x in d]}" if d else ""))
        client.close()
        print(f"     ({time.time() - started:.1f} s with the server)")
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("yaml-language-server: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
