// Follows docs/getting-started.md literally in a temporary folder, as a new user outside this
// checkout would: writes every ```lang file=PATH block, runs every ```sh run=DIR block line by
// line (mvn compile, npm install, npx tsc), starts every ```sh serve=DIR block (the backend jar
// and the Vite dev server, on free ports), then drives the app in Chromium. Beside the page, it
// checks the Vue and Svelte targets the same way: the plugin writes @mizan/vue and @mizan/svelte, npm
// installs them, tsc and svelte-check check them.
//
// Only installed artifacts are used: the dev.mizan Maven artifacts from the local Maven
// repository (the -Dmaven.repo.local of the checkout's .mvn/maven.config, or MIZAN_MAVEN_REPO, is
// passed on through the temporary backend's .mvn/maven.config) and the client packages as the
// page installs them (the tarballs the Maven plugin writes). Run by bin/test.d/65-getting-started.sh.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const page = readFileSync(join(root, 'docs/getting-started.md'), 'utf8')
const work = mkdtempSync(join(tmpdir(), 'mizan-getting-started-'))
const started = []
const deadline = Date.now() + 6 * 60_000

function fail(message) {
  throw new Error(message)
}

/** Every fenced block with its info string attributes, in page order. */
function blocks(markdown) {
  const out = []
  const fence = /^```(\S*)([^\n]*)\n([\s\S]*?)^```\s*$/gm
  for (let m; (m = fence.exec(markdown)); ) {
    const attrs = Object.fromEntries([...m[2].matchAll(/(\w+)=(\S+)/g)].map((a) => [a[1], a[2]]))
    out.push({ lang: m[1], attrs, body: m[3] })
  }
  return out
}

function freePort() {
  return new Promise((ok, ko) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => ok(port))
    })
    server.on('error', ko)
  })
}

function env() {
  return { ...process.env, MAVEN_OPTS: process.env.MAVEN_OPTS ?? '' }
}

/** Runs one documented command in the app folder; its output goes to a log, shown on failure. */
function run(command, dir) {
  const cwd = join(work, dir)
  console.log(`$ (cd ${dir} && ${command})`)
  const result = spawnSync('bash', ['-c', command], {
    cwd,
    env: env(),
    encoding: 'utf8',
    timeout: Math.max(10_000, deadline - Date.now()),
    maxBuffer: 64 * 1024 * 1024,
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (result.status !== 0) {
    fail(`\`${command}\` in ${dir} failed (${result.status ?? result.signal}):\n${output.slice(-6000)}`)
  }
  return output
}

/** Starts a long-running documented command with extra arguments; resolves when `ready` matches. */
function serve(command, dir, extraEnv, ready) {
  console.log(`$ (cd ${dir} && ${command}) &`)
  const child = spawn('bash', ['-c', `exec ${command}`], {
    cwd: join(work, dir),
    env: { ...env(), ...extraEnv },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.push(child)
  let log = ''
  return new Promise((ok, ko) => {
    const timer = setTimeout(() => ko(new Error(`\`${command}\` did not start in time:\n${log.slice(-4000)}`)), 120_000)
    const seen = (chunk) => {
      log += chunk
      // Tools colour their output when CI is set (picocolors does), so match the plain text.
      if (ready.test(log.replace(/\x1b\[[0-9;]*m/g, ''))) {
        clearTimeout(timer)
        ok(() => log)
      }
    }
    child.stdout.on('data', seen)
    child.stderr.on('data', seen)
    child.on('exit', (code) => {
      clearTimeout(timer)
      ko(new Error(`\`${command}\` exited (${code}):\n${log.slice(-4000)}`))
    })
  })
}

function stopAll() {
  for (const child of started) {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
  }
}

function mavenRepo() {
  if (process.env.MIZAN_MAVEN_REPO) return `-Dmaven.repo.local=${process.env.MIZAN_MAVEN_REPO}`
  const config = join(root, '.mvn/maven.config')
  if (!existsSync(config)) return null
  const flag = readFileSync(config, 'utf8').split(/\s+/).find((a) => a.startsWith('-Dmaven.repo.local='))
  return flag ?? null
}

/**
 * Has the plugin (the page's version, from the IR the page's `mvn compile` exported) write another
 * target's client into DIR/src/api with its packages as tarballs in DIR/mizan-packages, and checks
 * that it said so and wrote exactly that target's packages.
 */
function generateTarget(repo, target) {
  const version = /<mizan\.version>([^<]+)<\/mizan\.version>/.exec(page)?.[1] ?? fail('no mizan.version on the page')
  const dir = join(work, target)
  mkdirSync(join(dir, 'src'), { recursive: true })
  mkdirSync(join(dir, '.mvn'), { recursive: true })
  writeFileSync(join(dir, '.mvn/maven.config'), ['-B', '-ntp', ...(repo ? [repo] : [])].join('\n') + '\n')
  writeFileSync(
    join(dir, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>notes-${target}-client</artifactId>
  <version>0.1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.mizan</groupId>
        <artifactId>mizan-maven-plugin</artifactId>
        <version>${version}</version>
        <configuration>
          <irFile>\${project.basedir}/../backend/target/mizan/mizan-ir.kdl</irFile>
          <target>${target}</target>
          <outputDirectory>\${project.basedir}/src/api</outputDirectory>
          <clientPackages>\${project.basedir}/mizan-packages</clientPackages>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
`,
  )
  const said = run('mvn mizan:generate', target)
    .split('\n')
    .filter((l) => l.includes(`Mizan: generated the ${target} client`))
  if (said.length !== 1 || !said[0].includes('client packages in')) fail(`mizan:generate --target ${target} said:\n${said.join('\n')}`)
  for (const name of ['mizan-base.tgz', `mizan-${target}.tgz`]) {
    if (!existsSync(join(dir, 'mizan-packages', name))) fail(`the ${target} target did not write ${name}`)
  }
  if (existsSync(join(dir, 'mizan-packages/mizan-react.tgz'))) fail(`the ${target} target wrote the React package`)
  return dir
}

const strictCompilerOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  moduleResolution: 'bundler',
  strict: true,
  noEmit: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
}

/**
 * The page is React; the Vue target must work the same way outside the checkout: the plugin writes
 * the Vue client with mizan-base.tgz and mizan-vue.tgz, npm installs both from the tarballs, and a
 * component using the generated composables type-checks with tsc --strict.
 */
function vueTarget(repo) {
  const dir = generateTarget(repo, 'vue')
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'notes-vue',
        private: true,
        type: 'module',
        dependencies: {
          '@mizan/base': 'file:mizan-packages/mizan-base.tgz',
          '@mizan/vue': 'file:mizan-packages/mizan-vue.tgz',
          vue: '^3.5.45',
        },
        devDependencies: { typescript: '^7.0.2' },
      },
      null,
      2,
    ),
  )
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: strictCompilerOptions, include: ['src'] }))
  writeFileSync(
    join(dir, 'src/main.ts'),
    `import { createApp, defineComponent, h } from 'vue'
import { createMizan, useCreateNote, useFolderNotes } from './api'

const Notes = defineComponent(() => {
  const notes = useFolderNotes({ folderId: 1 })
  const createNote = useCreateNote()
  return () =>
    h('section', [
      h('ul', (notes.value ?? []).map((note) => h('li', { key: note.id }, note.title))),
      h('button', { onClick: () => createNote.mutate({ folderId: 1, note: { title: 'Buy milk' } }) }, 'Add'),
      h('p', createNote.error.value?.fieldErrors['note.title']?.join(' ') ?? ''),
    ])
})

createApp(Notes).use(createMizan({ baseUrl: '/api/mizan' })).mount('#app')
`,
  )
  run('npm install --no-audit --no-fund', 'vue')
  run('npx tsc', 'vue')
  console.log('getting started, Vue target: the plugin wrote @mizan/vue, it installs and the client type-checks')
}

/**
 * The Svelte target the same way: the plugin writes the Svelte client with mizan-base.tgz and
 * mizan-svelte.tgz, npm installs both from the tarballs, and a component using the generated
 * functions passes svelte-check with no warning.
 */
function svelteTarget(repo) {
  const dir = generateTarget(repo, 'svelte')
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'notes-svelte',
        private: true,
        type: 'module',
        dependencies: {
          '@mizan/base': 'file:mizan-packages/mizan-base.tgz',
          '@mizan/svelte': 'file:mizan-packages/mizan-svelte.tgz',
          svelte: '^5.57.3',
        },
        // svelte-check 4 runs on TypeScript 6.
        devDependencies: { 'svelte-check': '4.7.8', typescript: '6.0.3' },
      },
      null,
      2,
    ),
  )
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...strictCompilerOptions, skipLibCheck: true }, include: ['src'] }),
  )
  writeFileSync(
    join(dir, 'src/Notes.svelte'),
    `<script lang="ts">
  import { setupMizan, useCreateNote, useFolderNotes } from './api'
  let { folderId }: { folderId: number } = $props()
  setupMizan({ baseUrl: '/api/mizan' })
  const notes = useFolderNotes(() => ({ folderId }))
  const createNote = useCreateNote()
</script>

<ul>{#each notes.current ?? [] as note (note.id)}<li>{note.title}</li>{/each}</ul>
<button onclick={() => createNote.mutate({ folderId, note: { title: 'Buy milk' } })}>Add</button>
<p>{createNote.error?.fieldErrors['note.title']?.join(' ') ?? ''}</p>
`,
  )
  run('npm install --no-audit --no-fund', 'svelte')
  run('npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings', 'svelte')
  console.log('getting started, Svelte target: the plugin wrote @mizan/svelte, it installs and the client passes svelte-check')
}

async function main() {
  const all = blocks(page)
  const files = all.filter((b) => b.attrs.file)
  if (files.length < 8) fail(`getting-started.md has only ${files.length} file blocks`)
  for (const block of files) {
    const path = join(work, block.attrs.file)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, block.body)
  }
  console.log(`wrote ${files.length} files from docs/getting-started.md into ${work}`)
  const repo = mavenRepo()
  mkdirSync(join(work, 'backend/.mvn'), { recursive: true })
  writeFileSync(join(work, 'backend/.mvn/maven.config'), ['-B', '-ntp', ...(repo ? [repo] : [])].join('\n') + '\n')

  let compileOutput = ''
  for (const block of all.filter((b) => b.attrs.run)) {
    for (const line of block.body.split('\n').filter((l) => l.trim() !== '')) {
      const output = run(line, block.attrs.run)
      if (line.startsWith('mvn compile')) compileOutput = output
    }
  }
  // The documented command generated, and said so in one line.
  const said = compileOutput.split('\n').filter((l) => l.includes('Mizan: generated the react client'))
  if (said.length !== 1) fail(`mvn compile should say once what it generated:\n${compileOutput.slice(-4000)}`)
  for (const name of ['react.ts', 'functions.ts', 'types.ts']) {
    if (!existsSync(join(work, 'frontend/src/api', name))) fail(`mvn compile did not write src/api/${name}`)
  }
  for (const name of ['mizan-base.tgz', 'mizan-react.tgz']) {
    if (!existsSync(join(work, 'frontend/mizan-packages', name))) fail(`mvn compile did not write ${name}`)
  }

  vueTarget(repo)
  svelteTarget(repo)

  const serveBlocks = all.filter((b) => b.attrs.serve)
  const backend = serveBlocks.find((b) => b.attrs.serve === 'backend')
  const frontend = serveBlocks.find((b) => b.attrs.serve === 'frontend')
  if (!backend || !frontend) fail('getting-started.md has no serve=backend and serve=frontend blocks')
  const apiPort = await freePort()
  const webPort = await freePort()
  const backendLines = backend.body.split('\n').filter((l) => l.trim() !== '')
  for (const line of backendLines.slice(0, -1)) run(line, 'backend')
  const backendLog = await serve(
    `${backendLines.at(-1)} --server.port=${apiPort} --server.address=127.0.0.1`,
    'backend',
    {},
    /Started NotesApplication/,
  )
  const startup = backendLog().split('\n').filter((l) => l.includes('Mizan serves'))
  if (startup.length !== 1 || !startup[0].includes('3 functions in 1 context; auth: 3 public; undeclared auth is public')) {
    fail(`the startup line is not as documented:\n${startup.join('\n')}`)
  }
  await serve(
    `${frontend.body.trim()} -- --port ${webPort} --strictPort --host 127.0.0.1`,
    'frontend',
    { API_ORIGIN: `http://127.0.0.1:${apiPort}` },
    /Local:/,
  )

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
  try {
    const tab = await browser.newPage()
    const problems = []
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    tab.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`)
    })
    await tab.goto(`http://127.0.0.1:${webPort}/`)
    await tab.getByRole('heading', { name: 'Ideas' }).waitFor({ timeout: 30_000 })

    await tab.getByLabel('Title').fill('Buy milk')
    await tab.getByRole('button', { name: 'Add' }).click()
    await tab.getByRole('listitem').filter({ hasText: 'Buy milk' }).waitFor({ timeout: 10_000 })
    if ((await tab.getByLabel('Title').inputValue()) !== '') fail('onSuccess did not clear the title')

    await tab.getByRole('button', { name: 'Add' }).click()
    const blank = await tab.getByRole('alert').first().textContent({ timeout: 10_000 })
    if (!blank || blank.trim() === '') fail('a blank title showed no field error')

    await tab.getByRole('button', { name: 'Folder 3' }).click()
    await tab.getByText('No such folder.').waitFor({ timeout: 10_000 })

    await tab.getByRole('button', { name: 'Folder 2' }).click()
    await tab.getByRole('heading', { name: 'Errands' }).waitFor({ timeout: 10_000 })
    await tab.getByRole('button', { name: 'Folder 1' }).click()
    await tab.getByRole('listitem').filter({ hasText: 'Buy milk' }).waitFor({ timeout: 10_000 })
    // Refused calls and fetches show up as failed resources; anything else is a bug.
    if (problems.length > 0) fail(`the page reported problems:\n${problems.join('\n')}`)
    console.log('getting started: the notes app works as documented')
  } finally {
    await browser.close()
  }
}

try {
  await main()
} finally {
  stopAll()
  if (process.env.MIZAN_KEEP_GETTING_STARTED) {
    console.log(`kept ${work}`)
  } else {
    rmSync(work, { recursive: true, force: true })
  }
}
