import Link from "next/link";
import type { ExerciseText } from "./exercise-text.ts";

/** In place of the Submit button when nobody is signed in: a link to sign in that comes back here. */
export function SignInToSubmit({ href, text }: { href: string; text: ExerciseText }) {
  return (
    <div className="sign-in-to-submit" role="note">
      <Link href={href} className="button-link">
        {text.signInToSubmit}
      </Link>
      <span className="muted small-text">{text.signInToSubmitBody}</span>
    </div>
  );
}
