// A check's message in the viewer's language. English is the grader's own `message` (what
// `podlab grade` prints too); other languages are worded here from the grader's message key and
// parameters. Verdicts stored before the grader wrote `messageData`, or with a key this build
// does not know, show the English `message` as it is.
import type { Language } from "@/app/_components/language/language.ts";
import type { CheckMessage } from "@/worker/grader/check-message.ts";
import type { CheckMessageDictionary } from "./check-message-dictionary.ts";
import { checkMessagesZh } from "./check-message-zh.ts";

const dictionaries: Record<Exclude<Language, "en">, CheckMessageDictionary> = { zh: checkMessagesZh };

/** The words for one check's outcome in `language`, or its stored English `message`. Pure. */
export function checkMessageText(check: { message: string; messageData?: unknown }, language: Language): string {
  if (language === "en") return check.message;
  const data = check.messageData as Partial<CheckMessage> | null | undefined;
  const dictionary = dictionaries[language];
  if (!data || typeof data !== "object" || typeof data.key !== "string" || !Object.hasOwn(dictionary, data.key)) return check.message;
  const render = dictionary[data.key] as (params: unknown) => string;
  try {
    return render(data.params);
  } catch {
    // Parameters of another shape (a verdict from another version): the English still says it.
    return check.message;
  }
}
