#!/usr/bin/env node
'use strict';

/**
 * Renders each bpmn/*.bpmn of the project to docs/images/<name>.png with the bpmn-js viewer in headless
 * Chromium, and writes docs/images/<name>.bpmn.sha256 (the SHA-256 of the BPMN file the picture shows, in
 * `sha256sum` format) so a test can tell when a picture is out of date.
 *
 *   tools/modeling/render.sh                     # every diagram (installs the tools first)
 *   node tools/modeling/render.js bpmn/x.bpmn    # some diagrams (after `npm ci` in tools/modeling)
 *
 * Chromium: $CHROMIUM_PATH, else /usr/bin/chromium (Debian: apt-get install -y chromium). Never downloads a browser.
 * Exits non-zero when a diagram cannot be read or rendered.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const puppeteer = require('puppeteer-core');

const root = path.resolve(__dirname, '..', '..');
const imagesDir = path.join(root, 'docs', 'images');
const viewerBundle = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const assets = path.join(path.dirname(viewerBundle), 'assets');

const PADDING = 20;
const MAX_SIDE = 8000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage'
];

function executablePath() {
  const candidates = [ process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser' ].filter(Boolean);
  const found = candidates.find(candidate => fs.existsSync(candidate));

  if (!found) {
    throw new Error(`No Chromium at ${candidates.join(', ')}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }

  return found;
}

function diagrams(args) {
  if (args.length) {
    return args.map(arg => path.resolve(arg));
  }

  const dir = path.join(root, 'bpmn');

  return fs.existsSync(dir)
    ? fs.readdirSync(dir).filter(name => name.endsWith('.bpmn')).sort().map(name => path.join(dir, name))
    : [];
}

const PAGE = `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <style>
    ${fs.readFileSync(path.join(assets, 'diagram-js.css'), 'utf8')}
    ${fs.readFileSync(path.join(assets, 'bpmn-js.css'), 'utf8')}
    html, body { margin: 0; padding: 0; background: white; overflow: hidden; }
    #canvas { position: absolute; inset: 0; }
    .bjs-powered-by { display: none; }
  </style>
</head>
<body><div id="canvas"></div></body>
</html>`;

async function render(browser, file) {
  const name = path.basename(file, '.bpmn');
  const xml = fs.readFileSync(file, 'utf8');
  const page = await browser.newPage();

  try {
    await page.setViewport({ width: 1600, height: 1000, deviceScaleFactor: 1 });
    await page.setContent(PAGE, { waitUntil: 'load' });
    await page.addScriptTag({ path: viewerBundle });

    const result = await page.evaluate(async (xml) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      window.viewer = viewer;

      try {
        const { warnings } = await viewer.importXML(xml);
        const inner = viewer.get('canvas').viewbox().inner;

        return {
          warnings: warnings.map(warning => warning.message),
          inner: { x: inner.x, y: inner.y, width: inner.width, height: inner.height }
        };
      } catch (error) {
        return { error: error.message };
      }
    }, xml);

    if (result.error) {
      throw new Error(result.error);
    }

    result.warnings.forEach(warning => console.warn(`  ${path.relative(root, file)}: import warning: ${warning}`));

    const { inner } = result;

    if (!(inner.width > 0 && inner.height > 0)) {
      throw new Error('the diagram is empty (no BPMNDI?)');
    }

    // 1:1, or scaled down so that no side exceeds MAX_SIDE pixels
    const fullWidth = inner.width + 2 * PADDING;
    const fullHeight = inner.height + 2 * PADDING;
    const scale = Math.min(1, MAX_SIDE / fullWidth, MAX_SIDE / fullHeight);
    const width = Math.ceil(fullWidth * scale);
    const height = Math.ceil(fullHeight * scale);

    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.evaluate(({ x, y, width, height }) => {
      const canvas = window.viewer.get('canvas');
      canvas.resized();
      canvas.viewbox({ x, y, width, height });
    }, { x: inner.x - PADDING, y: inner.y - PADDING, width: width / scale, height: height / scale });

    fs.mkdirSync(imagesDir, { recursive: true });

    const image = path.join(imagesDir, `${name}.png`);
    await page.screenshot({ path: image, clip: { x: 0, y: 0, width, height }, omitBackground: false });

    const digest = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    fs.writeFileSync(path.join(imagesDir, `${name}.bpmn.sha256`), `${digest}  ${path.relative(root, file).split(path.sep).join('/')}\n`);

    console.log(`  ${path.relative(root, file)} -> ${path.relative(root, image)} (${width}x${height})`);
  } finally {
    await page.close();
  }
}

/** Pictures of diagrams that no longer exist. */
function removeStale() {
  if (!fs.existsSync(imagesDir)) {
    return;
  }

  for (const digestFile of fs.readdirSync(imagesDir).filter(name => name.endsWith('.bpmn.sha256'))) {
    const name = digestFile.slice(0, -'.bpmn.sha256'.length);

    if (!fs.existsSync(path.join(root, 'bpmn', `${name}.bpmn`))) {
      fs.rmSync(path.join(imagesDir, digestFile));
      fs.rmSync(path.join(imagesDir, `${name}.png`), { force: true });
      console.log(`  removed docs/images/${name}.png: bpmn/${name}.bpmn is gone`);
    }
  }
}

async function main() {
  const args = process.argv.slice(2);
  const files = diagrams(args);

  if (!files.length) {
    console.log('No BPMN diagrams to render.');
    return 0;
  }

  const browser = await puppeteer.launch({
    executablePath: executablePath(),
    headless: true,
    args: CHROMIUM_ARGS
  });

  let failures = 0;

  try {
    for (const file of files) {
      try {
        await render(browser, file);
      } catch (error) {
        failures++;
        console.error(`  ${path.relative(root, file)}: FAILED: ${error.message}`);
      }
    }
  } finally {
    await browser.close();
  }

  if (!args.length) {
    removeStale();
  }

  console.log(`${files.length - failures} rendered, ${failures} failed`);

  return failures ? 1 : 0;
}

main().then(code => process.exit(code), error => {
  console.error(error.message || error);
  process.exit(1);
});
