#!/usr/bin/env python3
"""Browser checks of a built site, for the Swift tests (SiteStandardsTests, SearchTests).

Serves a site folder over HTTP on 127.0.0.1 and drives Debian's headless Chromium through
chromedriver (PyPI selenium):

  site_checks.py search  SITE_TREE QUERY...          Pagefind's own JS search, per query the pages found
  site_checks.py axe     SITE_TREE PAGE...           axe-core (from the axe-playwright-python wheel),
                                                     WCAG 2.1 A and AA, every violation per page
  site_checks.py reflow  SITE_TREE WIDTH PAGE...     horizontal overflow at a viewport width

Each prints one JSON object on stdout. Exit status 0 when it ran, whatever it found; 2 when a
tool is missing (the message says which, and that scripts/bootstrap --test installs it).
"""
import functools
import http.server
import json
import os
import sys
import threading


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(2)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
except ImportError:
    fail("site_checks.py needs selenium (pip install selenium; scripts/bootstrap --test installs it)")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d/" % server.server_address[1]


def browser(width=1280, height=900):
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=%d,%d" % (width, height)):
        options.add_argument(argument)
    driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    if not os.path.exists(driver_path):
        fail("site_checks.py needs chromedriver (Debian's chromium-driver; scripts/bootstrap --test installs it)")
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    driver.set_script_timeout(300)
    # The window's outer size is not the viewport: size the viewport itself.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    return driver


def search(tree, queries):
    server, base = serve(tree)
    driver = browser()
    try:
        driver.get(base + "search.html")
        found = {}
        for query in queries:
            found[query] = driver.execute_async_script("""
                const [query, done] = arguments;
                import('./pagefind/pagefind.js').then(async (pagefind) => {
                  const search = await pagefind.search(query);
                  const pages = await Promise.all(search.results.map((r) => r.data()));
                  done(pages.map((p) => p.url));
                }).catch((e) => done({error: String(e)}));
            """, query)
        print(json.dumps({"found": found}, ensure_ascii=False))
    finally:
        driver.quit()
        server.shutdown()


def axe_source():
    try:
        import axe_playwright_python
    except ImportError:
        fail("site_checks.py needs axe-core from the axe-playwright-python wheel (pip install axe-playwright-python; scripts/bootstrap --test)")
    with open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8") as file:
        return file.read()


def axe(tree, pages):
    source = axe_source()
    server, base = serve(tree)
    driver = browser()
    results = {}
    try:
        for page in pages:
            driver.get(base + page)
            driver.execute_script(source)
            outcome = driver.execute_async_script("""
                const done = arguments[0];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then((r) => done({version: axe.version, violations: r.violations.map((v) => ({
                      id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' :: ' + n.html.slice(0, 160))}))}))
                  .catch((e) => done({error: String(e)}));
            """)
            results[page] = outcome
        print(json.dumps({"pages": results}, ensure_ascii=False))
    finally:
        driver.quit()
        server.shutdown()


# Overflow: the page must not scroll sideways, and no element may reach past the viewport
# unless it sits inside a scroll container the keyboard can reach (tabindex) that clips it.
REFLOW = """
const width = window.innerWidth;
const problems = [];
if (document.documentElement.scrollWidth > width) {
  problems.push('the page scrolls sideways: scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width);
}
function insideScroller(element) {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && node.tabIndex >= 0) return true;
  }
  return false;
}
function describe(element) {
  let text = element.tagName.toLowerCase();
  if (element.id) text += '#' + element.id;
  if (element.className && typeof element.className === 'string') text += '.' + element.className.trim().split(/\\s+/).join('.');
  return text;
}
for (const element of document.body.querySelectorAll('*')) {
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'absolute' && element.getBoundingClientRect().right < 0) continue;
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;
  if ((box.right > width + 1 || box.left < -1) && !insideScroller(element)) {
    problems.push(describe(element) + ' spans ' + Math.round(box.left) + '..' + Math.round(box.right) + ' of ' + width);
  }
}
return problems.slice(0, 20);
"""


def reflow(tree, width, pages):
    server, base = serve(tree)
    driver = browser(width=width)
    results = {}
    try:
        for page in pages:
            driver.get(base + page)
            results[page] = driver.execute_script(REFLOW)
        print(json.dumps({"width": width, "pages": results}, ensure_ascii=False))
    finally:
        driver.quit()
        server.shutdown()


def main(arguments):
    if len(arguments) < 3:
        fail(__doc__)
    command, tree = arguments[1], arguments[2]
    if command == "search":
        search(tree, arguments[3:])
    elif command == "axe":
        axe(tree, arguments[3:])
    elif command == "reflow":
        reflow(tree, int(arguments[3]), arguments[4:])
    else:
        fail(__doc__)


if __name__ == "__main__":
    main(sys.argv)
