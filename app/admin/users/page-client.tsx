"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Language } from "@/app/_components/language/language.ts";
import type { Role } from "@/lib/lessons/visible-curriculum.ts";
import { ResetLink } from "./reset-link.tsx";
import { usersText } from "./users-text.ts";

type User = { id: string; email: string; displayName: string; role: Role };
type Props = { users: User[]; viewerId: string; language: Language };

const roles: Role[] = ["student", "instructor", "admin"];

/** The accounts of one page, each with a role picker, its own Save and a reset link; results in one live region. */
export function UserRoles({ users, viewerId, language }: Props) {
  const text = usersText(language);
  const router = useRouter();
  const [chosen, setChosen] = useState<Record<string, Role>>({});
  const [savingId, setSavingId] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const save = async (user: User) => {
    const role = chosen[user.id] ?? user.role;
    setSavingId(user.id);
    setStatus(text.saving);
    try {
      const response = await fetch(`/api/admin/users/${encodeURIComponent(user.id)}/role`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ role }),
      });
      const body = (await response.json()) as { role?: Role; error?: { message: string } };
      setStatus(response.ok ? text.saved(user.email, text.roles[role]) : (body.error?.message ?? `HTTP ${response.status}`));
      if (response.ok) router.refresh();
    } catch {
      setStatus(text.offline);
    } finally {
      setSavingId(null);
    }
  };

  return (
    <>
      <p role="status" className="user-status">
        {status}
      </p>
      <ul className="user-list">
        {users.map((user) => (
          <li key={user.id} className="user-row">
            <div className="user-who">
              <span className="user-email">{user.email}</span>
              <span className="muted">
                {user.displayName}
                {user.id === viewerId && ` (${text.you})`}
              </span>
            </div>
            <div className="user-role">
              <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                {text.roleOf(user.email)}
              </label>
              <select
                id={`role-${user.id}`}
                value={chosen[user.id] ?? user.role}
                onChange={(event) => setChosen({ ...chosen, [user.id]: event.target.value as Role })}
              >
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {text.roles[role]}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => save(user)} disabled={savingId !== null} aria-label={`${text.save}: ${user.email}`}>
                {text.save}
              </button>
              <ResetLink userId={user.id} email={user.email} language={language} onStatus={setStatus} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
