# The API and its command-line tools, built once. Node 22 is a maintained LTS; the code also
# runs on Node 20.19+.
FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 DATA_DIR=/app/data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/seeds ./seeds
COPY package.json ./
# `perf-targets verify|export|restore|import|rebuild` inside the container, e.g.
# docker compose exec api perf-targets verify
RUN ln -s /app/bin/perf-targets.mjs /usr/local/bin/perf-targets && mkdir -p /app/data && chown node:node /app/data
# The image's unprivileged user; the data volume belongs to it.
USER node
EXPOSE 3000
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap limit as `npm start` gives it (API_HEAP_MB); exec, so that the API itself gets the stop signal.
CMD ["sh", "-c", "exec node --max-old-space-size=${API_HEAP_MB:-1024} dist/apps/api/apps/api/src/main.js"]
