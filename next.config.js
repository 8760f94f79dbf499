/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole project; checking again here only slows builds.
  typescript: { ignoreBuildErrors: true },
  // bull-board finds its UI's views and static files on disk through require.resolve: bundled,
  // those paths would point nowhere.
  serverExternalPackages: ["@bull-board/api", "@bull-board/hono", "@bull-board/ui"],
  // forbidden() from next/navigation: admin pages answer 403 (app/forbidden.tsx) to other roles.
  experimental: { authInterrupts: true },
};

export default nextConfig;
