import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PodLab", template: "%s · PodLab" },
  description: "Learn Kubernetes Pods: write Pod YAML and see what the kubelet does with it.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            PodLab
          </Link>
          <span className="tagline">Kubernetes Pods, graded on behaviour</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
