// What forbidden() renders, with status 403: a signed-in person without the role a page needs.
import Link from "next/link";
import { usersText } from "./admin/users/users-text.ts";
import { getLanguage } from "./_data/language.ts";

export default async function Forbidden() {
  const text = usersText(await getLanguage());
  return (
    <div>
      <h1>{text.forbiddenTitle}</h1>
      <p>{text.forbiddenLead}</p>
      <p>
        <Link href="/">{text.backToCourse}</Link>
      </p>
    </div>
  );
}
