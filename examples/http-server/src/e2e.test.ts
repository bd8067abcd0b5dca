/**
 * End-to-end: one full performance cycle through the web app in headless Chromium, against the
 * service started in-process on a random port with a fresh in-memory Belawan store. An employee
 * drafts this year's plan and their supervisor agrees it; the employee reports today's activity
 * and a monthly realisation; the supervisor sees the team's progress flags, gives feedback,
 * rates behaviour (BerAKHLAK) and evaluates, seeing the proposed predikat and why; the city's
 * unit admin sets the unit's predikat organisasi, reviews the distribution against the
 * SE 3/2023 curve and accepts the calibration proposal; the employee reads the final evaluation
 * with strengths, weaknesses and training; the language switches to English once.
 * Screenshots of the key screens at phone size (390×844) go to `.kinerja/screenshots/` (not
 * committed), or to `KINERJA_SCREENSHOTS_DIR` — `KINERJA_SCREENSHOTS_DIR=screenshots` refreshes the
 * committed ones the README shows.
 * Skipped (the whole suite, by name) only when `/usr/bin/chromium` is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { chromium } from "playwright-core";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { testConfig } from "./config.js";
import { ensureDefaultPolicy, seedBelawan } from "./seed.js";
import { openStore } from "./store.js";
import type { OpenStore } from "./store.js";

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`e2e: skipped — ${CHROMIUM} is missing (install Debian's chromium package to run it)`);

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
const SHOTS = resolve(PACKAGE_DIR, process.env["KINERJA_SCREENSHOTS_DIR"] ?? ".kinerja/screenshots");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** Every wait of the test is bounded by this (ms). */
const WAIT = 15_000;

/** The Belawan example: a Dinas Perhubungan officer and the head of the unit (their supervisor and unit admin). */
const EMPLOYEE = "198609262015051001";
const SUPERVISOR = "197501012000031001";
const UNIT = "DINAS-PERHUBUNGAN-BELAWAN";
/** The unit admin of the city (the root unit), above the officer's unit. */
const CITY_ADMIN = "admin-kota";
/** The cycle runs in the current year, so "today" is inside the plan's year. */
const TAHUN = new Date().getFullYear();

describe.skipIf(!HAS_CHROMIUM)("web app e2e (Chromium)", () => {
  let opened: OpenStore;
  let app: FastifyInstance;
  let context: BrowserContext;
  let userDataDir: string;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    opened = openStore(":memory:");
    await opened.store.migrate();
    await seedBelawan(opened.store);
    await ensureDefaultPolicy(opened.store);
    app = buildApp({ store: opened.store, config: testConfig({ rateLimitMax: 100_000 }) });
    await app.listen({ host: "127.0.0.1", port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    userDataDir = mkdtempSync(join(tmpdir(), "kinerja-e2e-"));
    // a fresh profile in a temporary user-data-dir, removed afterwards
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: FLAGS,
      timeout: WAIT,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      locale: "id-ID",
    });
    context.setDefaultTimeout(WAIT);
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await opened?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  }, 30_000);

  it("runs one full cycle: plan, agreement, activity, feedback, ratings, evaluation, distribution, calibration", async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      // refused API calls (4xx) are shown to the user and expected here (the year probe's 404s, the
      // 409 of a unit without its predikat organisasi); any other console error is a defect
      if (message.type() === "error" && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) pageErrors.push(message.text());
    });

    // — login screen: the demo accounts
    await page.goto(`${base}/`, { timeout: WAIT });
    await page.getByTestId(`account-${EMPLOYEE}`).waitFor();
    expect(await page.locator("h1").textContent()).toBe("Masuk");
    await shot(page, "01-login");

    // — the employee drafts this year's plan and submits it
    await login(page, EMPLOYEE, TAHUN);
    await page.getByTestId("create-plan").click();
    await page.locator('[name="rhk-0-uraian"]').fill("Kemacetan di simpang Jl. Pelabuhan Raya berkurang");
    await page.locator('[name="rhk-0-iki-0-uraian"]').fill("Jumlah titik kemacetan yang ditangani");
    await page.locator('[name="rhk-0-iki-0-target"]').fill("10");
    await page.locator('[name="rhk-0-iki-0-satuan"]').fill("titik");
    await page.locator('[name="rhk-0-iki-0-bobot"]').fill("100");
    await page.getByTestId("submit-plan").click();
    await page.getByTestId("plan-notice").waitFor();
    expect(await page.getByTestId("plan-status").getAttribute("data-code")).toBe("DRAFT");
    await logout(page);

    // — the supervisor agrees it
    await login(page, SUPERVISOR, TAHUN);
    await page.getByTestId("nav-tim").click();
    await page.getByTestId(`member-${EMPLOYEE}`).locator("a").click();
    await page.getByTestId("agree-plan").click();
    await page.getByTestId("member-notice").waitFor();
    expect(await page.getByTestId("plan-status").getAttribute("data-code")).toBe("AGREED");
    await logout(page);

    // — the employee sees the agreed plan, reports today's activity and a monthly realisation
    await login(page, EMPLOYEE, TAHUN);
    const plan = page.getByTestId("my-plan").getByTestId("plan");
    await plan.waitFor();
    expect(await plan.getAttribute("data-status")).toBe("AGREED");
    await page.getByTestId("my-progress").getByTestId("progress").waitFor();
    await shot(page, "02-employee-plan");
    const activity = "Mengatur lalu lintas di simpang pelabuhan pada jam sibuk pagi";
    await page.getByTestId("activity-text").fill(activity);
    await page.getByTestId("activity-submit").click();
    await page.getByTestId("activity").getByTestId("notice").waitFor();
    await page.getByTestId("activity-item").filter({ hasText: activity }).waitFor();
    await page.getByTestId("realisation-nilai").fill("9");
    await page.getByTestId("realisation-submit").click();
    await page.getByTestId("realisation-form").getByTestId("notice").waitFor();
    await logout(page);

    // — the supervisor: the team with progress flags, feedback, behaviour ratings, evaluation
    await login(page, SUPERVISOR, TAHUN);
    await page.getByTestId("nav-tim").click();
    const member = page.getByTestId(`member-${EMPLOYEE}`);
    await member.waitFor();
    expect(await member.getByTestId("member-flag").getAttribute("data-code")).toMatch(/^(ON_TRACK|AT_RISK|NO_DATA)$/);
    await shot(page, "03-team");
    await member.locator("a").click();
    await page.getByTestId("member-plan").getByTestId("plan").waitFor();
    const feedback = "Pertahankan kecepatan penanganan kemacetan; lampirkan buktinya setiap minggu.";
    await page.getByTestId("feedback-text").fill(feedback);
    await page.getByTestId("feedback-submit").click();
    await page.getByTestId("feedback-item").filter({ hasText: feedback }).waitFor();
    await page.getByTestId("behaviour-form").waitFor();
    for (const nilai of ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"]) {
      await page.getByTestId(`behaviour-${nilai}`).selectOption(nilai === "BERORIENTASI_PELAYANAN" ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI");
    }
    await page.getByTestId("behaviour-submit").click();
    await page.getByTestId("behaviour").getByTestId("notice").waitFor();
    await page.getByTestId("rating-perilaku").selectOption("SESUAI_EKSPEKTASI");
    await page.getByTestId("evaluate-submit").click();
    await page.getByTestId("evaluate").getByTestId("notice").waitFor();
    const result = page.getByTestId("evaluate-result").getByTestId("evaluation");
    await result.waitFor();
    expect(await result.getByTestId("predikat-final").getAttribute("data-code")).toMatch(/^[A-Z_]+$/);
    expect((await result.getByTestId("why").textContent())?.length ?? 0).toBeGreaterThan(20);
    expect((await result.getByTestId("explanation").textContent())?.length ?? 0).toBeGreaterThan(20);
    await scrollToTop(result);
    await shot(page, "04-evaluation");

    await logout(page);

    // — the city's unit admin: sets the unit's predikat organisasi, reviews the distribution
    //   against the SE 3/2023 curve and decides the calibration proposal
    await login(page, CITY_ADMIN, TAHUN);
    await page.getByTestId("unit-picker").selectOption(UNIT);
    await page.getByTestId("predikat-organisasi").selectOption("BAIK");
    await page.getByTestId("predikat-form").locator('button[type="submit"]').click();
    const chart = page.getByTestId("distribution-chart");
    await chart.waitFor();
    await expect.poll(() => chart.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), { timeout: WAIT }).toBeGreaterThan(0);
    expect(Number(await page.getByTestId("headcount").textContent())).toBe(1);
    await scrollToTop(page.getByTestId("distribution"));
    await shot(page, "05-distribution");
    await page.getByTestId("propose-calibration").click();
    const proposal = page.locator('[data-testid="proposal"][data-status="PROPOSED"]');
    await proposal.waitFor();
    expect(await proposal.getByTestId(`change-${EMPLOYEE}`).count()).toBeLessThanOrEqual(1);
    await scrollToTop(page.getByTestId("calibration"));
    await shot(page, "06-calibration");
    await page.getByTestId("accept-calibration").click();
    await page.getByTestId("calibration-notice").waitFor();
    expect(await page.getByTestId("calibration-status").getAttribute("data-code")).toBe("ACCEPTED");
    await logout(page);

    // — the employee again: the final evaluation with strengths, weaknesses and training
    await login(page, EMPLOYEE, TAHUN);
    const evaluation = page.getByTestId("my-evaluation").getByTestId("evaluation");
    await evaluation.waitFor();
    expect(await evaluation.getByTestId("predikat-final").getAttribute("data-code")).toMatch(/^[A-Z_]+$/);
    for (const part of ["strengths", "weaknesses", "training"]) expect(await evaluation.getByTestId(part).count()).toBe(1);
    expect((await evaluation.getByTestId("explanation").textContent())?.length ?? 0).toBeGreaterThan(20);
    await scrollToTop(evaluation);
    await shot(page, "07-employee-evaluation");

    // — English, once
    await page.getByTestId("lang-switch").click();
    await expect.poll(() => page.getByTestId("my-evaluation").locator("h2").textContent(), { timeout: WAIT }).toBe("My evaluation");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    expect(pageErrors).toEqual([]);
  }, 180_000);

  /** Logs in with a demo account and looks at `tahun`. */
  async function login(page: Page, account: string, tahun: number): Promise<void> {
    await page.getByTestId(`account-${account}`).click();
    await page.getByTestId("who").waitFor();
    const year = page.getByTestId("year");
    if ((await year.inputValue()) !== String(tahun)) await year.selectOption(String(tahun));
    await page.locator('main [aria-busy="true"]').first().waitFor({ state: "detached" });
  }

  async function logout(page: Page): Promise<void> {
    await page.getByTestId("logout").click();
    await page.getByTestId(`account-${EMPLOYEE}`).waitFor();
  }

  /** Scrolls so that the element's top is at the top of the viewport (for the screenshot). */
  async function scrollToTop(locator: Locator): Promise<void> {
    await locator.evaluate((el) => (el as unknown as { scrollIntoView(options: { block: string }): void }).scrollIntoView({ block: "start" }));
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  }
});
