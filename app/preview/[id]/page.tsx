// /preview/ID: a lesson as it is now, drafts included, for instructors and admins (the static
// /lessons/ID pages hold published lessons only). Anyone else gets 404, as if it did not exist.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLanguage } from "@/app/_data/language.ts";
import { getLessonPage } from "@/app/_data/lesson-pages.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import { isAuthor } from "@/lib/lessons/visible-curriculum.ts";
import { LessonView } from "../../lessons/_components/lesson-view.tsx";

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await getViewer();
  const page = isAuthor(viewer?.role) ? await getLessonPage((await params).id, await getLanguage(), viewer) : undefined;
  return { title: page?.title ?? "Lesson", robots: { index: false } };
}

export default async function LessonPreview({ params }: Props) {
  const viewer = await getViewer();
  if (!isAuthor(viewer?.role)) notFound();
  return <LessonView id={(await params).id} language={await getLanguage()} viewer={viewer} />;
}
