# The mash executables in one image; docker-compose.yml runs each worker from it.
FROM swift:6.3-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends librdkafka-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources Sources
COPY Tests Tests
RUN swift build -c release --static-swift-stdlib \
 && mkdir /out \
 && cp .build/release/mash .build/release/mash-referral .build/release/mash-research \
       .build/release/mash-risk .build/release/mash-decision .build/release/mash-workspace \
       .build/release/mash-gateway .build/release/mash-watch /out/

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends librdkafka1 libcurl4 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/lib/mash && chown nobody /var/lib/mash
COPY --from=build /out/ /usr/local/bin/
COPY topics /app/topics
COPY policy /app/policy
ENV MASH_TOPICS_DIR=/app/topics
WORKDIR /app
USER nobody
