// /admin/users: admins list accounts (searchable by email, paginated) and change their roles.
// Signed out: to the sign-in page; signed in without the admin role: 403 (app/forbidden.tsx).
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { LanguageSync } from "@/app/_components/language/language-sync.tsx";
import { getLanguage } from "@/app/_data/language.ts";
import { isAdmin, listUsersAs } from "@/app/_data/users.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import "@/app/_styles/admin.css";
import { UserRoles } from "./page-client.tsx";
import { usersText } from "./users-text.ts";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: usersText(await getLanguage()).title, robots: { index: false } };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function pageHref(search: string, page: number): string {
  const query = new URLSearchParams();
  if (search) query.set("q", search);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/users?${text}` : "/admin/users";
}

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref("/admin/users"));
  if (!isAdmin(viewer)) forbidden();
  const language = await getLanguage();
  const text = usersText(language);
  const params = await searchParams;
  const page = Number.parseInt(first(params.page), 10);
  const list = await listUsersAs(viewer, { search: first(params.q).slice(0, 320), page: Number.isFinite(page) ? page : 1 });
  return (
    <div className="admin-users">
      <LanguageSync language={language} />
      <h1>{text.title}</h1>
      <p className="lead">{text.lead}</p>
      <form role="search" method="get" action="/admin/users" className="user-search">
        <label htmlFor="user-search">{text.searchLabel}</label>
        <input id="user-search" type="search" name="q" defaultValue={list.search} autoComplete="off" />
        <button type="submit">{text.search}</button>
      </form>
      <p className="muted">{list.total === 0 ? text.noMatch : text.count(list.total)}</p>
      <UserRoles
        language={language}
        viewerId={viewer.id}
        users={list.users.map(({ id, email, displayName, role }) => ({ id, email, displayName, role }))}
      />
      {list.pageCount > 1 && (
        <nav aria-label={text.pages} className="user-pages">
          {list.page > 1 && <Link href={pageHref(list.search, list.page - 1)}>{text.previous}</Link>}
          <span>{text.pageOf(list.page, list.pageCount)}</span>
          {list.page < list.pageCount && <Link href={pageHref(list.search, list.page + 1)}>{text.next}</Link>}
        </nav>
      )}
    </div>
  );
}
