#!/usr/bin/env python3
"""Opens agenda's HTML reports and minutes in headless Chromium and reads its CSV files back.

Run by BrowserTests (swift test) with a manifest that lists the files the real binary wrote:

    python3 check_reports.py MANIFEST.json [--artifacts DIR]

Each HTML file is opened at 390 px wide with phone emulation and at 1280 px, and checked: no element
scrolls sideways and the document is no wider than the viewport; no visible text under 12 px; text
contrast at least 4.5:1; no script and no request for anything but the file itself; `lang` set to the
report's language; headings in order, table headers scoped, each chart an image with a title and a
description; rows and headings kept together in print; and it prints to PDF. With --artifacts, the
screenshots (PNG) and the PDFs are written there to be looked at.

Each CSV file is parsed with Python's csv module (utf-8-sig) and compared with the agenda file it came
from. Chromium is driven through the DevTools protocol over a pipe (--remote-debugging-pipe), with the
standard library only. Exit status: 0 when every check passes, 1 when one fails (each failure printed),
3 when Chromium is missing.
"""

import base64
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}
DESKTOP = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/120.0 Mobile Safari/537.36")

# What the page is asked: every problem found, as sentences.
PAGE_CHECKS = r"""
(() => {
  const problems = [];
  const vw = window.innerWidth;
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className : '')
    + (el.textContent ? ' "' + el.textContent.trim().slice(0, 40) + '"' : '');
  if (document.documentElement.scrollWidth > vw)
    problems.push(`the document is ${document.documentElement.scrollWidth}px wide in a ${vw}px viewport`);
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (style.display === 'none') continue;
    if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
      problems.push(`${name(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px)`);
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > vw + 1) problems.push(`${name(el)} reaches ${Math.round(box.right)}px`);
  }
  const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length >= 3 && (c.length < 4 || c[3] > 0)) return c;
    }
    return [255, 255, 255];
  };
  let smallest = Infinity;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    if (el.closest('title, desc')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if (![...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    let size = parseFloat(style.fontSize);
    if (el instanceof SVGElement && el.getScreenCTM()) { const m = el.getScreenCTM(); size *= Math.hypot(m.a, m.b); }
    smallest = Math.min(smallest, size);
    if (size < 12) problems.push(`text of ${size.toFixed(1)}px: ${name(el)}`);
    const fg = parse(el instanceof SVGElement ? style.fill : style.color);
    const ratio = (Math.max(luminance(fg), luminance(background(el))) + 0.05) / (Math.min(luminance(fg), luminance(background(el))) + 0.05);
    if (ratio < 4.5) problems.push(`contrast ${ratio.toFixed(2)}:1 for ${name(el)}`);
  }
  if (document.scripts.length) problems.push(`${document.scripts.length} script elements`);
  for (const el of document.querySelectorAll('*'))
    for (const attribute of el.attributes)
      if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)) problems.push(`script in ${name(el)} ${attribute.name}`);
  for (const el of document.querySelectorAll('[src], [href], link, iframe, object, embed, img'))
    problems.push(`a resource: ${name(el)}`);
  let level = 1;
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (!headings.length || headings[0].tagName !== 'H1' || document.querySelectorAll('h1').length !== 1) problems.push('not one h1, first');
  for (const h of headings) {
    const next = Number(h.tagName[1]);
    if (next > level + 1) problems.push(`heading ${h.tagName} after h${level}: "${h.textContent.slice(0, 40)}"`);
    level = next;
  }
  for (const th of document.querySelectorAll('th'))
    if (!['col', 'row'].includes(th.getAttribute('scope'))) problems.push(`a th with no scope: "${th.textContent}"`);
  for (const svg of document.querySelectorAll('body > figure > svg, svg[role]')) {
    if (svg.getAttribute('role') !== 'img') problems.push('a chart without role="img"');
    const title = svg.querySelector(':scope > title'), desc = svg.querySelector(':scope > desc');
    if (!title || !title.textContent.trim() || !desc || !desc.textContent.trim()) problems.push('a chart without a title and a description');
    const labelled = (svg.getAttribute('aria-labelledby') || '').split(' ');
    if (!title || !desc || !labelled.includes(title.id) || !labelled.includes(desc.id)) problems.push('a chart not labelled by its title and description');
  }
  return { problems, lang: document.documentElement.lang, smallest, elements: document.querySelectorAll('*').length,
           cards: [...document.querySelectorAll('table.cards > tbody > tr')].filter((tr) => getComputedStyle(tr).display === 'flex').length };
})()
"""

PRINT_CHECKS = r"""
(() => {
  const problems = [];
  for (const tr of [...document.querySelectorAll('tr')].slice(0, 50))
    if (getComputedStyle(tr).breakInside !== 'avoid') problems.push('a table row may be split across pages');
  for (const h of document.querySelectorAll('h2, h3'))
    if (getComputedStyle(h).breakAfter !== 'avoid') problems.push(`a page may break after the heading "${h.textContent.slice(0, 40)}"`);
  if ([...document.querySelectorAll('thead')].some((t) => getComputedStyle(t).display !== 'table-header-group'))
    problems.push('table headers are not repeated on each page');
  return problems;
})()
"""


class Chromium:
    """Headless Chromium, driven through the DevTools protocol on a pipe (fd 3 in, fd 4 out)."""

    def __init__(self, executable):
        to_chrome_read, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_write = os.pipe()

        def child():
            os.dup2(to_chrome_read, 3)
            os.dup2(from_chrome_write, 4)

        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
             "--disable-extensions", "--disable-background-networking", "--remote-debugging-pipe", "about:blank"],
            pass_fds=(3, 4), preexec_fn=child, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(to_chrome_read)
        os.close(from_chrome_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        wanted = self.next_id
        reply = self.wait(lambda m: m.get("id") == wanted, timeout)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait(self, matches, timeout=60):
        deadline = time.monotonic() + timeout
        for index, event in enumerate(self.events):
            if matches(event):
                return self.events.pop(index)
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                if matches(message):
                    return message
                self.events.append(message)
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed: " + self.process.stderr.read().decode(errors="replace")[-2000:])
            self.buffer += chunk

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def open_page(chrome, path, device):
    """A new tab showing the file in a device's viewport: the session id and the URLs it requested."""
    target = chrome.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = chrome.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Network", "Runtime"):
        chrome.send(domain + ".enable", session=session)
    chrome.send("Emulation.setDeviceMetricsOverride", device, session=session)
    chrome.send("Emulation.setTouchEmulationEnabled", {"enabled": device["mobile"]}, session=session)
    if device["mobile"]:
        chrome.send("Network.setUserAgentOverride", {"userAgent": PHONE_AGENT}, session=session)
    chrome.events.clear()
    url = "file://" + os.path.abspath(path)
    chrome.send("Page.navigate", {"url": url}, session=session)
    chrome.wait(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == session)
    requests = [e["params"]["request"]["url"] for e in chrome.events
                if e.get("method") == "Network.requestWillBeSent" and e.get("sessionId") == session]
    chrome.events.clear()
    return target, session, [r for r in requests if r != url]


def evaluate(chrome, session, expression):
    result = chrome.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
    if "exceptionDetails" in result:
        raise RuntimeError(f"the page's checks failed: {result['exceptionDetails']}")
    return result["result"]["value"]


def check_html(chrome, entry, artifacts):
    """Every problem of one HTML file, at both widths, and in print."""
    problems = []
    label = entry["label"]
    for device_name, device in (("phone", PHONE), ("desktop", DESKTOP)):
        target, session, requests = open_page(chrome, entry["path"], device)
        for url in requests:
            problems.append(f"{label} ({device_name}): requested {url}")
        found = evaluate(chrome, session, PAGE_CHECKS)
        problems += [f"{label} ({device_name}): {p}" for p in found["problems"][:20]]
        if found["lang"] != entry["lang"]:
            problems.append(f"{label}: lang is {found['lang']!r}, not {entry['lang']!r}")
        if device_name == "phone" and entry.get("cards") and found["cards"] == 0:
            problems.append(f"{label} (phone): no table shows as cards")
        if device_name == "desktop" and found["cards"]:
            problems.append(f"{label} (desktop): {found['cards']} rows show as cards")
        if artifacts:
            save_screenshots(chrome, session, device, os.path.join(artifacts, f"{label}-{device_name}"))
        if device_name == "desktop":
            chrome.send("Emulation.setEmulatedMedia", {"media": "print"}, session=session)
            problems += [f"{label} (print): {p}" for p in evaluate(chrome, session, PRINT_CHECKS)[:5]]
            chrome.send("Emulation.setEmulatedMedia", {"media": ""}, session=session)
            pdf = base64.b64decode(chrome.send("Page.printToPDF", {"printBackground": True}, session=session, timeout=120)["data"])
            pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
            if not pdf.startswith(b"%PDF") or pages < 1:
                problems.append(f"{label}: printing gave no PDF")
            if artifacts:
                with open(os.path.join(artifacts, f"{label}.pdf"), "wb") as file:
                    file.write(pdf)
        chrome.send("Target.closeTarget", {"targetId": target})
    return problems


def save_screenshots(chrome, session, device, stem):
    """The page's first screen, and the page in parts of 1,600 CSS pixels (five at most), as PNG files."""
    shot = chrome.send("Page.captureScreenshot", {"format": "png"}, session=session)
    with open(stem + ".png", "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    height = chrome.send("Page.getLayoutMetrics", session=session)["cssContentSize"]["height"]
    for part, top in enumerate(range(0, min(int(height), 8000), 1600)):
        clip = {"x": 0, "y": top, "width": device["width"], "height": min(1600, height - top), "scale": 1 / device["deviceScaleFactor"]}
        shot = chrome.send("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True}, session=session)
        with open(f"{stem}-part{part + 1}.png", "wb") as file:
            file.write(base64.b64decode(shot["data"]))


def read_csv(entry):
    """The rows of a CSV file, with the problems of its encoding and line ends."""
    problems = []
    data = open(entry["path"], "rb").read()
    has_bom = data.startswith(b"\xef\xbb\xbf")
    if has_bom != entry.get("bom", True):
        problems.append(f"{entry['label']}: byte-order mark {'present' if has_bom else 'missing'}")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    records_ended = text.count("\r\n")
    if records_ended < len(rows):
        problems.append(f"{entry['label']}: {len(rows)} records but {records_ended} CRLF line ends")
    if any(len(row) != len(rows[0]) for row in rows):
        problems.append(f"{entry['label']}: rows of different lengths")
    return rows, problems


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet(text):
    """A cell as agenda writes it for a spreadsheet: a leading ' before what would start a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


STALE_MARKS = {"en": "[check]", "es": "[revisar]", "pt": "[revisar]", "fr": "[à revoir]"}


def read_text(goal, field, language, original):
    """A goal's text as a reader of `language` sees it: its translation (marked when made from an
    earlier original), else the original marked with the agenda's language; the original itself when
    no language is asked or it is the agenda's own, and an empty text as it is."""
    text = goal.get(field, "")
    if language is None or language == original or not text:
        return text
    translation = goal.get("translations", {}).get(field, {}).get(language)
    if translation is None:
        return f"{text} [{original}]"
    if translation["from"] != text:
        return f"{translation['text']} {STALE_MARKS[language]}"
    return translation["text"]


def expected_goal_cells(goal, raw, language=None, original="en"):
    cell = (lambda text: text) if raw else spreadsheet
    notes = "\n".join(f"{n['time'][:10]} {n.get('author', '')}: {n['text']}" for n in goal.get("notes", []))
    title, description = ((goal["title"], goal.get("description", "")) if raw
                          else (read_text(goal, "title", language, original), read_text(goal, "description", language, original)))
    return {0: goal["id"], 1: cell(title), 5: str(goal.get("progress", 0)), 7: goal.get("due", ""),
            10: cell("; ".join(goal.get("owners", []))), 14: cell(description), 15: cell(notes)}


def check_csv(entry):
    rows, problems = read_csv(entry)
    label, raw, kind = entry["label"], entry["raw"], entry["what"]
    agenda = json.load(open(entry["agenda"], encoding="utf-8"))
    header, body = rows[0], rows[1:]
    if kind == "goals" and entry.get("compare", True):
        if raw and header[:3] != ["id", "title", "area"]:
            problems.append(f"{label}: the raw header is {header[:3]}")
        goals = agenda.get("goals", [])
        if len(body) != len(goals):
            problems.append(f"{label}: {len(body)} rows for {len(goals)} goals")
        for row, goal in zip(body, goals):
            for column, value in expected_goal_cells(goal, raw, entry.get("lang"), agenda.get("language", "en")).items():
                if row[column] != value:
                    problems.append(f"{label}: {goal['id']} column {header[column]!r} is {row[column]!r}, not {value!r}")
                    break
            if raw and row[4] != goal.get("status", "proposed"):
                problems.append(f"{label}: {goal['id']} status {row[4]!r}")
    elif kind != "goals":
        sessions = agenda.get("sessions", [])
        if kind == "sessions":
            expected = [[s["id"], s["date"], s["title"]] for s in sessions]
            got = [row[:3] for row in body]
        elif kind == "decisions":
            expected = sorted([s["id"], d["text"]] for s in sessions for i in s.get("items", []) for d in i.get("decisions", []))
            expected += sorted([s["id"], v["question"]] for s in sessions for i in s.get("items", []) for v in i.get("votes", []))
            got = sorted([row[0], row[4]] for row in body if row[3] in ("decision", "decisión", "decisão", "décision"))
            got += sorted([row[0], row[4]] for row in body if row[3] not in ("decision", "decisión", "decisão", "décision"))
            if raw:
                for row in body:
                    if row[3] == "vote" and row[8] not in ("carried", "not-carried", "consensus", "no-consensus"):
                        problems.append(f"{label}: the outcome {row[8]!r}")
        else:
            goals = {g["id"]: g for g in agenda.get("goals", [])}
            cell = (lambda text: text) if raw else spreadsheet
            expected = [[s["id"], a, cell(goals[a]["title"])] + ([goals[a].get("status", "proposed")] if raw else [])
                        for s in sessions for i in s.get("items", []) for a in i.get("actions", [])]
            got = [row[:1] + row[3:5] + (row[7:8] if raw else []) for row in body]
        if got != expected:
            problems.append(f"{label}: {got[:3]}... is not {expected[:3]}...")
    for needle in entry.get("absent", []):
        if any(needle in cell for row in rows for cell in row):
            problems.append(f"{label}: {needle!r} is in the file")
    for needle in entry.get("present", []):
        if not any(needle in cell for row in rows for cell in row):
            problems.append(f"{label}: {needle!r} is not in the file")
    return problems


def main():
    manifest = json.load(open(sys.argv[1], encoding="utf-8"))
    artifacts = sys.argv[sys.argv.index("--artifacts") + 1] if "--artifacts" in sys.argv else None
    if artifacts:
        os.makedirs(artifacts, exist_ok=True)
    problems = []
    started = time.monotonic()
    for entry in manifest:
        if entry["kind"] == "csv":
            problems += check_csv(entry)
    html = [entry for entry in manifest if entry["kind"] == "html"]
    if html:
        executable = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not executable:
            print("Chromium is not installed: install it with `apt-get install -y chromium` (.ci/run does so when it is missing)")
            return 3
        chrome = Chromium(executable)
        try:
            for entry in html:
                problems += check_html(chrome, entry, artifacts)
        finally:
            chrome.close()
    for problem in problems:
        print(problem)
    print(f"checked {len(html)} HTML files at 390 and 1280 px and {len(manifest) - len(html)} CSV files "
          f"in {time.monotonic() - started:.1f} s: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
