// Admins' user management over the real database: listing and searching accounts, and the
// rule that the site always keeps at least one admin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors/app-error.ts";
import { changeUserRole } from "../../lib/users/change-user-role.ts";
import { listUsers, usersPerPage } from "../../lib/users/list-users.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv();
});

afterAll(async () => {
  await t?.cleanup();
});

const account = (email: string, role: "student" | "instructor" | "admin" = "student") =>
  t.db.user.create({ data: { email, displayName: email.split("@")[0]!, role }, select: { id: true } });

/** The AppError code `work` fails with. */
async function codeOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("changeUserRole", () => {
  it("promotes a student to instructor, and back", async () => {
    const { id } = await account("promote@roles.test");
    expect(await changeUserRole(t.db, id, "instructor")).toEqual({ id, role: "instructor" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id } })).role).toBe("instructor");
    expect(await changeUserRole(t.db, id, "student")).toEqual({ id, role: "student" });
  });

  it("refuses to demote the last admin (conflict), and allows it once there is another", async () => {
    await t.db.user.updateMany({ where: { role: "admin" }, data: { role: "student" } });
    const only = await account("only-admin@roles.test", "admin");
    expect(await codeOf(changeUserRole(t.db, only.id, "instructor"))).toBe("conflict");
    expect(await codeOf(changeUserRole(t.db, only.id, "student"))).toBe("conflict");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: only.id } })).role).toBe("admin");
    // Keeping the admin role is not a demotion.
    expect(await changeUserRole(t.db, only.id, "admin")).toEqual({ id: only.id, role: "admin" });

    const second = await account("second-admin@roles.test");
    await changeUserRole(t.db, second.id, "admin");
    expect(await changeUserRole(t.db, only.id, "student")).toEqual({ id: only.id, role: "student" });
    // Now the second is the last one.
    expect(await codeOf(changeUserRole(t.db, second.id, "student"))).toBe("conflict");
  });

  it("answers not_found for an account that does not exist", async () => {
    expect(await codeOf(changeUserRole(t.db, "no-such-user", "admin"))).toBe("not_found");
  });
});

describe("listUsers", () => {
  it("finds accounts by part of their email, in any case, oldest first", async () => {
    await account("ada@search.test");
    await account("grace@search.test");
    await account("ada.second@elsewhere.test");
    const found = await listUsers(t.db, { search: "  ADA ", page: 1 });
    expect(found.users.map((user) => user.email)).toEqual(["ada@search.test", "ada.second@elsewhere.test"]);
    expect(found).toMatchObject({ search: "ada", page: 1, pageCount: 1, total: 2 });
  });

  it("pages the list, and a page past the end gives the last page", async () => {
    for (let index = 0; index < usersPerPage + 2; index++) await account(`paged-${String(index).padStart(2, "0")}@pages.test`);
    const first = await listUsers(t.db, { search: "@pages.test", page: 1 });
    expect(first.users).toHaveLength(usersPerPage);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: usersPerPage + 2 });
    const last = await listUsers(t.db, { search: "@pages.test", page: 99 });
    expect(last.page).toBe(2);
    expect(last.users.map((user) => user.email)).toEqual([`paged-${usersPerPage}@pages.test`, `paged-${usersPerPage + 1}@pages.test`]);
  });
});
