// /lessons/ID/zh: a lesson in Chinese, prerendered for every lesson (English is the parent route).
import type { Metadata } from "next";
import { getLessonPage, listLessonIds } from "@/app/_data/lesson-pages.ts";
import { LessonView } from "../../_components/lesson-view.tsx";

type Props = { params: Promise<{ id: string }> };

// Static even though the root layout reads the language cookie: the URL says the language.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listLessonIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getLessonPage((await params).id, "zh");
  return { title: page?.title, description: page?.summary };
}

export default async function LessonPageZh({ params }: Props) {
  return <LessonView id={(await params).id} language="zh" />;
}
