import { expect, test } from "@playwright/test";

// The elements' base (src/browser/element.ts), seen in a real page: these behaviours need a DOM.
const LESSON = "khoa-hoc/an-toan-tren-mang/bao-ve-du-lieu-ca-nhan/";

test("an element moved in the page is set up once: one press marks the lesson once @root-only", async ({
  page,
}) => {
  await page.goto(LESSON);
  const progress = page.locator("hvs-lesson-progress");
  await expect(
    progress.getByRole("button", { name: "Đánh dấu đã học xong" }),
  ).toBeVisible();
  // Taking the element out and putting it back connects it again; set up twice, one press
  // would run two handlers, marking and unmarking the lesson.
  await progress.evaluate((element) => {
    const parent = element.parentElement;
    element.remove();
    parent?.append(element);
  });
  await progress.getByRole("button", { name: "Đánh dấu đã học xong" }).click();
  await expect(progress).toHaveAttribute("data-complete", "");
  await expect(
    progress.getByRole("button", { name: "Bỏ đánh dấu" }),
  ).toBeVisible();
});

test("an element whose markup lacks a part it needs fails with a named ElementError @root-only", async ({
  page,
}) => {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(LESSON);
  // hvs-menu-toggle is defined on every page; this copy has no button.
  await page.evaluate(() =>
    document.body.append(document.createElement("hvs-menu-toggle")),
  );
  await expect
    .poll(() => errors.map((error) => `${error.name}: ${error.message}`))
    .toEqual([
      "ElementError: hvs-menu-toggle: button[aria-controls] not found",
    ]);
});

/*
 * A script loaded on first use (browser/on-first-use.ts) that comes slowly, as on
 * a weak connection: what the resident did meanwhile is held and handled once it
 * is there, never lost. The chunk's response is held back until the actions are done
 * (no offline worker here: requests it answers are not seen by page.route).
 */
async function slowChunk(page: import("@playwright/test").Page, name: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    new RegExp(`/_astro/${name}\\.[^/]+\\.js$`),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

test.describe("scripts loaded on first use, slowly", () => {
  test.use({ serviceWorkers: "block" });

  test("a quiz answer confirmed while the grading script is still coming is graded when it arrives", async ({
    page,
  }) => {
    const release = await slowChunk(page, "Quiz");
    await page.goto(LESSON);
    const question = page.locator("hvs-quiz li").first();
    await question.getByRole("radio").first().check();
    await question.getByRole("button", { name: "Kiểm tra" }).click();
    await expect(question.getByRole("status")).toBeEmpty();
    release();
    await expect(question.getByRole("status")).toHaveText(/^(Đúng|Chưa đúng)/);
  });

  test("a reading option chosen while its script is still coming is applied and saved when it arrives", async ({
    page,
  }) => {
    const release = await slowChunk(page, "ReadingOptions");
    await page.goto(LESSON);
    await page.getByText("Cỡ chữ và màu").click();
    const options = page.locator("hvs-reading-options");
    await options.getByRole("radio", { name: "Rất lớn" }).check();
    await options.getByRole("checkbox", { name: "Giãn dòng rộng" }).check();
    await expect(page.locator("html")).not.toHaveAttribute(
      "data-text-size",
      /.+/,
    );
    release();
    await expect(page.locator("html")).toHaveAttribute(
      "data-text-size",
      "larger",
    );
    await expect(page.locator("html")).toHaveAttribute("data-spacing", "wide");
    await expect(
      options.getByRole("checkbox", { name: "Giãn dòng rộng" }),
    ).toBeChecked();
    await expect(options.getByRole("status")).toHaveText(
      "Đã lưu trên máy này.",
    );
  });
});
