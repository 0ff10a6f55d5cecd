#!/usr/bin/env python3
"""Memory of the web app under hostile XLSX uploads (issue 13, failure 1).

Builds four zip bombs that fit under the 2 MiB upload limit, starts the real web app (Release build, an empty
store of its own), signs in, uploads each to POST /api/events/upload and samples the app's resident memory
(VmRSS, every 20 ms) during the upload. Prints the file sizes, the inflated sizes they claim, the answer
(status and the problem's message) and idle / peak / peak-minus-idle RSS. Budget: peak - idle < 300 MB.

    scripts/xlsx-bombs.py [--port 5113] [--folder artifacts/xlsx-bombs] [--keep]

The bombs (what issue 13 measured before the streaming reader):
  sheet.xlsx    ~2 MB, one sheet of ~584 MB (tiny repeated rows)         was: 13.3 GB peak, kept
  cell.xlsx     ~1.5 MB, one cell of ~1.5 GB                               was: OutOfMemoryException, 500
  strings.xlsx  ~0.5 MB, a shared-string table of ~500 MB                  was: 5 GB, 41 s, then 201
  large.xlsx    ~2 MB, an ordinary-looking sheet of ~20 MB (compression ~10:1): the inflated-bytes budget stops it
  forged.xlsx   the sheet bomb with its zip directory claiming 1 MB (so the compression-ratio check cannot see it)
"""
import argparse
import http.cookiejar
import json
import os
import shutil
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def package(path, parts):
    """Writes a minimal workbook; parts maps a part name to an iterable of text chunks."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        fixed = {
            "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                   '<Default Extension="xml" ContentType="application/xml"/></Types>',
            "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
            "xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                          f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                                          f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        }
        for name, text in fixed.items():
            zf.writestr(name, text)
        for name, chunks in parts.items():
            with zf.open(name, "w", force_zip64=False) as out:
                buffer = []
                size = 0
                for chunk in chunks:
                    buffer.append(chunk)
                    size += len(chunk)
                    if size > 1 << 20:
                        out.write("".join(buffer).encode())
                        buffer, size = [], 0
                out.write("".join(buffer).encode())


def sheet(rows):
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
    yield from rows
    yield "</sheetData></worksheet>"


def sheet_bomb(path, megabytes=584):
    row = "<row>" + '<c t="s"><v>0</v></c>' * 100 + "</row>"
    count = megabytes * 1024 * 1024 // len(row)
    package(path, {"xl/worksheets/sheet1.xml": sheet(row for _ in range(count)),
                   "xl/sharedStrings.xml": [f'<sst xmlns="{MAIN}"><si><t>企业名称</t></si></sst>']})


def cell_bomb(path, megabytes=1500):
    def rows():
        yield '<row r="1"><c r="A1" t="inlineStr"><is><t>'
        block = "A" * (1 << 20)
        for _ in range(megabytes):
            yield block
        yield "</t></is></c></row>"
    package(path, {"xl/worksheets/sheet1.xml": sheet(rows()), "xl/sharedStrings.xml": [f'<sst xmlns="{MAIN}"/>']})


def strings_bomb(path, megabytes=500):
    item = "<si><t>" + "企" * 3000 + "</t></si>"
    count = megabytes * 1024 * 1024 // len(item.encode())
    def strings():
        yield f'<sst xmlns="{MAIN}" count="{count}" uniqueCount="{count}">'
        for _ in range(count):
            yield item
        yield "</sst>"
    package(path, {"xl/worksheets/sheet1.xml": sheet(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>']), "xl/sharedStrings.xml": strings()})


def large_sheet(path, megabytes=18):
    """No bomb: an ordinary sheet (compression ~10:1) that is just too large: the inflated-bytes budget stops it."""
    def rows():
        written, i = 0, 0
        while written < megabytes * 1024 * 1024:
            i += 1
            row = f'<row r="{i}">' + "".join(f'<c r="{c}{i}" t="s"><v>0</v></c>' for c in "ABCD") + "</row>"
            written += len(row)
            yield row
    package(path, {"xl/worksheets/sheet1.xml": sheet(rows()), "xl/sharedStrings.xml": [f'<sst xmlns="{MAIN}"><si><t>企业名称</t></si></sst>']})


def forge_sizes(source, path, part="xl/worksheets/sheet1.xml", claimed=1 << 20):
    """Copies a bomb and makes its zip headers claim the part inflates to only `claimed` bytes."""
    shutil.copyfile(source, path)
    name = part.encode()
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            at = 0
            while (at := data.find(signature, at)) >= 0:
                name_offset = at + (30 if signature == b"PK\x03\x04" else 46)
                name_length = struct.unpack_from("<H", data, at + (26 if signature == b"PK\x03\x04" else 28))[0]
                if bytes(data[name_offset:name_offset + name_length]) == name:
                    struct.pack_into("<I", data, at + size_offset, claimed)
                at += 4
        f.seek(0)
        f.write(data)


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Sampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0, True

    def run(self):
        while self.running:
            self.peak = max(self.peak, rss_kib(self.pid))
            time.sleep(0.02)


class Client:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def call(self, method, path, body=None, content_type=None):
        headers = {"Accept": "application/json"}
        if method != "GET":
            headers["X-CSRF-Token"] = json.load(self.opener.open(self.base + "/api/account/csrf"))["token"]
        if content_type:
            headers["Content-Type"] = content_type
        request = urllib.request.Request(self.base + path, data=body, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=600) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def upload(self, path):
        boundary = uuid.uuid4().hex
        fields = {"name": "压缩炸弹测试", "date": "2026-12-08", "chain": "nev"}
        body = b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items())
        with open(path, "rb") as f:
            body += (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{os.path.basename(path)}"\r\n'
                     f"Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").encode() + f.read() + f"\r\n--{boundary}--\r\n".encode()
        return self.call("POST", "/api/events/upload", body, f"multipart/form-data; boundary={boundary}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=5113)
    parser.add_argument("--folder", default=os.path.join(ROOT, "artifacts", "xlsx-bombs"))
    parser.add_argument("--keep", action="store_true", help="keep the generated bombs and the store")
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)

    bombs = [("sheet.xlsx", sheet_bomb), ("cell.xlsx", cell_bomb), ("strings.xlsx", strings_bomb), ("large.xlsx", large_sheet)]
    for name, build in bombs:
        path = os.path.join(args.folder, name)
        if not os.path.exists(path):
            print(f"building {name} …", flush=True)
            build(path)
    forge_sizes(os.path.join(args.folder, "sheet.xlsx"), os.path.join(args.folder, "forged.xlsx"))
    bombs.append(("forged.xlsx", None))

    app = os.path.join(ROOT, "src/ChainGraph.Web/bin/Release/net10.0/ChainGraph.Web.dll")
    if not os.path.exists(app):
        subprocess.run(["dotnet", "build", os.path.join(ROOT, "src/ChainGraph.Web"), "-c", "Release", "-nologo", "-clp:ErrorsOnly"], check=True)
    import socket
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", args.port)) == 0:
            sys.exit(f"xlsx-bombs: port {args.port} is already in use; pass --port")
    store = os.path.join(args.folder, "store")
    shutil.rmtree(store, ignore_errors=True)
    os.makedirs(store)
    env = dict(os.environ, CHAINGRAPH_DB=os.path.join(store, "cg.db"), ChainGraph__Web__ImportDemoWhenEmpty="false",
               ChainGraph__Web__TrainModelWhenMissing="false", ChainGraph__Web__AdminPassword="bomb-test-2026")
    log = open(os.path.join(store, "web.log"), "w")
    process = subprocess.Popen(["dotnet", app, "--urls", f"http://127.0.0.1:{args.port}", "--contentRoot", os.path.join(ROOT, "src/ChainGraph.Web")],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        client = Client(f"http://127.0.0.1:{args.port}")
        for _ in range(600):
            try:
                client.call("GET", "/api/account/me")
                break
            except OSError:
                time.sleep(0.5)
        status, _ = client.call("POST", "/api/account/login", json.dumps({"userName": "admin", "password": "bomb-test-2026"}).encode(), "application/json")
        assert status == 200, f"sign-in failed: {status}"
        time.sleep(3)
        idle = sorted(rss_kib(process.pid) for _ in range(5))[2]
        print(f"load {open('/proc/loadavg').read().split()[:3]}; app idle RSS {idle / 1024:.0f} MiB")
        print(f"{'file':13} {'size':>8} {'claims':>9} {'status':>6} {'time':>6} {'peak RSS':>9} {'above idle':>10}  answer")
        for name, _ in bombs:
            path = os.path.join(args.folder, name)
            with zipfile.ZipFile(path) as zf:
                claimed = sum(i.file_size for i in zf.infolist())
            sampler = Sampler(process.pid)
            sampler.start()
            started = time.time()
            status, body = client.upload(path)
            elapsed = time.time() - started
            time.sleep(0.2)
            sampler.running = False
            sampler.join()
            problem = json.loads(body) if body.startswith("{") else {}
            answer = " ".join(" ".join(v) for v in problem.get("errors", {}).values()) or problem.get("detail", body[:120])
            print(f"{name:13} {os.path.getsize(path) / 1e6:6.2f}MB {claimed / 1e6:7.0f}MB {status:>6} {elapsed:5.1f}s {sampler.peak / 1024:7.0f}MiB {(sampler.peak - idle) / 1024:8.0f}MiB  {answer[:150]}")
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
        if not args.keep:
            shutil.rmtree(store, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
