"use client";
// One form for the account pages: labelled fields with their own error under each (checked
// before sending), one alert for what the server refused, and a busy submit button.
import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import type { AccountText } from "./account-text.ts";
import { authErrorMessage } from "./auth-error-message.ts";
import type { AuthOutcome } from "./post-auth.ts";
import { type FieldKind, fieldError } from "./validate-fields.ts";
import "@/app/_styles/account.css";

export interface AccountField {
  name: string;
  kind: FieldKind;
  label: string;
  help?: string;
  /** What the field starts with (a setting's current value). */
  defaultValue?: string;
}

const inputAttributes: Record<FieldKind, { type: string; autoComplete: string }> = {
  email: { type: "email", autoComplete: "email" },
  "new-password": { type: "password", autoComplete: "new-password" },
  "current-password": { type: "password", autoComplete: "current-password" },
  "display-name": { type: "text", autoComplete: "nickname" },
};

type Props = {
  fields: AccountField[];
  submitLabel: string;
  text: AccountText;
  /** Sends the checked values; the form shows a refusal, or calls onDone after success. */
  send: (values: Record<string, string>) => Promise<AuthOutcome>;
  onDone: () => void;
  /** Extra inputs (a checkbox) placed before the button. */
  children?: ReactNode;
};

/** An account form; see the file comment. */
export function AccountForm({ fields, submitLabel, text, send, onDone, children }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(fields.map((field) => [field.name, String(data.get(field.name) ?? "")]));
    const found: Record<string, string> = {};
    for (const field of fields) {
      const problem = fieldError(field.kind, values[field.name]!, text);
      if (problem) found[field.name] = problem;
    }
    setErrors(found);
    setRefusal(null);
    const firstBad = fields.find((field) => found[field.name]);
    if (firstBad) {
      formRef.current?.querySelector<HTMLInputElement>(`[name="${firstBad.name}"]`)?.focus();
      return;
    }
    setIsBusy(true);
    const outcome = await send(values);
    setIsBusy(false);
    const message = authErrorMessage(outcome, text);
    if (message === null) onDone();
    else setRefusal(message);
  };

  return (
    <form ref={formRef} className="account-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <div aria-live="assertive">
        {refusal && (
          <p className="error-banner" role="alert">
            {refusal}
          </p>
        )}
      </div>
      {fields.map((field) => {
        const inputId = `${id}-${field.name}`;
        const error = errors[field.name];
        const describedBy = [error ? `${inputId}-error` : null, field.help ? `${inputId}-help` : null].filter(Boolean).join(" ");
        return (
          <div className="account-field" key={field.name}>
            <label htmlFor={inputId}>{field.label}</label>
            <input
              id={inputId}
              name={field.name}
              {...inputAttributes[field.kind]}
              defaultValue={field.defaultValue}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
            />
            {field.help && (
              <span id={`${inputId}-help`} className="muted small-text">
                {field.help}
              </span>
            )}
            {error && (
              <span id={`${inputId}-error`} className="field-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
      {children}
      <button type="submit" disabled={isBusy}>
        {isBusy ? text.working : submitLabel}
      </button>
    </form>
  );
}
