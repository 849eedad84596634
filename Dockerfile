# Career Bot: build with Maven on a JDK 17, run on a JRE 17 as a non-root user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY knowledge/pom.xml knowledge/
COPY bot/pom.xml bot/
COPY bot/console/pom.xml bot/console/
COPY bot/slack/pom.xml bot/slack/
COPY bot/discord/pom.xml bot/discord/
COPY bot/app/pom.xml bot/app/
# Dependencies first, so that code changes do not download them again.
RUN mvn -B -q -DskipTests dependency:go-offline || true
COPY knowledge knowledge
COPY bot bot
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home /app careerbot && mkdir -p /app /data \
    && chown careerbot /data
WORKDIR /app
COPY --from=build /src/bot/target/career-bot.jar /app/career-bot.jar
USER careerbot
# Configuration comes only from the environment (see the README); no secrets are baked in.
ENV HEALTH_PORT=8081 \
    PORT=3000 \
    GAPS_FILE=/data/gaps.jsonl \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
EXPOSE 3000 8081
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${HEALTH_PORT}/healthz" || exit 1
ENTRYPOINT ["java", "-jar", "/app/career-bot.jar"]
