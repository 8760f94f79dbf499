// /lessons/ID: a lesson in English, prerendered for every lesson (the Chinese page is ./zh).
import type { Metadata } from "next";
import { getLessonPage, listLessonIds } from "@/app/_data/lesson-pages.ts";
import { LessonView } from "../_components/lesson-view.tsx";

type Props = { params: Promise<{ id: string }> };

// Static even though the root layout reads the language cookie: the URL says the language.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listLessonIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getLessonPage((await params).id, "en");
  return { title: page?.title, description: page?.summary };
}

export default async function LessonPageEn({ params }: Props) {
  return <LessonView id={(await params).id} language="en" />;
}
