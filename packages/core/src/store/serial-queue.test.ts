import { describe, expect, it } from "vitest";
import { createSerialQueue } from "./serial-queue.js";

describe("createSerialQueue", () => {
  it("runs work in call order, each after the one before has settled", async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    const step = (name: string, ms: number) => async (): Promise<string> => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run(step("a", 15)), queue.run(step("b", 1)), queue.run(step("c", 5))]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("passes a rejection to its caller without blocking the work queued after it", async () => {
    const queue = createSerialQueue();
    const failed = queue.run(() => Promise.reject(new Error("boom")));
    const thrown = queue.run(() => {
      throw new Error("sync boom");
    });
    const next = queue.run(async () => "after");
    await expect(failed).rejects.toThrow("boom");
    await expect(thrown).rejects.toThrow("sync boom");
    await expect(next).resolves.toBe("after");
    expect(queue.pending).toBe(0);
  });

  it("never runs more than one piece of work at a time", async () => {
    const queue = createSerialQueue();
    let running = 0;
    let most = 0;
    const work = async (i: number): Promise<number> => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, i % 3));
      running--;
      if (i % 4 === 0) throw new Error(`fail ${i}`);
      return i;
    };
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => queue.run(() => work(i))));
    expect(most).toBe(1);
    expect(outcomes.filter((o) => o.status === "fulfilled").map((o) => o.value)).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11, 13, 14, 15, 17, 18, 19]);
  });

  it("counts the work queued or running in pending", async () => {
    const queue = createSerialQueue();
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run(() => gate);
    const second = queue.run(async () => undefined);
    expect(queue.pending).toBe(2);
    release();
    await Promise.all([first, second]);
    expect(queue.pending).toBe(0);
  });
});
