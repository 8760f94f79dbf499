/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole project; checking again here only slows builds.
  typescript: { ignoreBuildErrors: true },
  // bull-board finds its UI's views and static files on disk through require.resolve: bundled,
  // those paths would point nowhere.
  serverExternalPackages: ["@bull-board/api", "@bull-board/hono", "@bull-board/ui"],
};

export default nextConfig;
