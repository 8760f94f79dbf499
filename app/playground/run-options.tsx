// The playground's run options: how long to simulate, when to delete the Pod, and exec lines.
// Each field says when the server found a problem in it (aria-invalid, described by the message).
import type { PlaygroundField } from "./parse-playground-input.ts";
import type { PlaygroundState } from "./playground-state.ts";
import type { PlaygroundText } from "./playground-text.ts";

type Props = {
  fields: PlaygroundState;
  update: (field: PlaygroundField, value: string) => void;
  failure: { field: PlaygroundField | null; message: string } | null;
  text: PlaygroundText;
};

/** The until, delete-at and exec inputs. */
export function RunOptions({ fields, update, failure, text }: Props) {
  const invalid = (field: PlaygroundField) =>
    failure?.field === field ? { "aria-invalid": true, "aria-errormessage": "playground-error" } : {};
  return (
    <div className="run-options">
      <label className="field">
        <span>{text.until}</span>
        <input name="until" value={fields.until} onChange={(event) => update("until", event.target.value)} aria-describedby="until-help" {...invalid("until")} />
        <small id="until-help">{text.untilHelp}</small>
      </label>
      <label className="field">
        <span>{text.deleteAt}</span>
        <input name="deleteAt" value={fields.deleteAt} onChange={(event) => update("deleteAt", event.target.value)} aria-describedby="delete-help" {...invalid("deleteAt")} />
        <small id="delete-help">{text.deleteAtHelp}</small>
      </label>
      <label className="field wide">
        <span>{text.execs}</span>
        <textarea
          name="execs"
          rows={3}
          spellCheck={false}
          value={fields.execs}
          onChange={(event) => update("execs", event.target.value)}
          aria-describedby="execs-help"
          {...invalid("execs")}
        />
        <small id="execs-help">{text.execsHelp}</small>
      </label>
    </div>
  );
}
