package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS208BuildToolsInFinalStageTest extends RuleSpec {
    DS208BuildToolsInFinalStageTest() {
        super(new DS208BuildToolsInFinalStage());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM debian:12 AS base\nRUN apt-get install -y gcc\nFROM base\nCMD [\"/app\"]",
                "FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:20-slim\nCOPY --from=build /app /app\nCMD [\"node\", \"/app/dist/index.js\"]",
                "FROM debian:12\nCOPY . /src\nRUN apt-get update && apt-get install -y gcc && make && apt-get purge -y curl",
                "FROM golang:1.23\nCOPY . .\nRUN go build -o /app .",
                "FROM debian:12\nRUN apt-get install -y gcc make\nCMD [\"/app\"]",
                "FROM alpine:3.20\nRUN apk add --no-cache build-base\nCOPY . /app",
                "FROM amazoncorretto:17\nCOPY app.jar .\nCMD [\"java\", \"-jar\", \"app.jar\"]",
                "FROM openjdk:17-slim\nCOPY app.jar .\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]",
                "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y libpq-dev && rm -rf /var/lib/apt/lists/*\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]",
                "FROM node:20\nCOPY . .\nRUN npm ci\nRUN npm run build\nCMD [\"npm\", \"start\"]",
                "FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nRUN dotnet publish -c Release -o out");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM debian:12\nRUN apt-get update && apt-get install -y gcc make && make && apt-get purge -y gcc make",
                "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && make && apk del .build-deps",
                "FROM debian:12\nRUN savedAptMark=\"$(apt-mark showmanual)\" && apt-get update && apt-get install -y gcc && make && apt-mark auto '.*' && apt-mark manual $savedAptMark && apt-get purge -y --auto-remove",
                "FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:20-slim\nCOPY --from=build /app/dist /app/dist",
                "FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build && npm prune --omit=dev\nFROM node:20-slim\nCOPY --from=build /app /app",
                "FROM node:20 AS build\nWORKDIR /app\nRUN npm ci --omit=dev\nFROM node:20-slim\nCOPY --from=build /app /app",
                "FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app",
                "FROM debian:12\nRUN apt-get install -y curl",
                "FROM eclipse-temurin:21-jre\nCOPY app.jar .\nCMD [\"java\", \"-jar\", \"app.jar\"]",
                "FROM buildpack-deps:bookworm\nRUN apt-get update && apt-get install -y gcc make",
                "FROM eclipse-temurin:21-jdk\nCMD [\"jshell\"]",
                "FROM golang:1.23-alpine\nCOPY go.mod go.sum ./\nRUN go mod download",
                "FROM python:3.12-alpine\nCOPY . .\nRUN apk add --no-cache --virtual .build-deps gcc postgresql-dev && pip install -r requirements.txt && apk del .build-deps\nCMD [\"python\", \"app.py\"]",
                "FROM node:20\nCOPY . .\nRUN npm ci && npm run build && npm prune --omit=dev\nCMD [\"npm\", \"start\"]",
                "FROM node:20\nCOPY . .\nRUN npm ci --omit=dev\nCMD [\"npm\", \"start\"]");
    }

    @org.junit.jupiter.api.Test
    void fixStartsFromThisImagesBaseNotGolang() {
        var f = lint("FROM python:3.12-slim\nRUN apt-get install -y gcc\nCMD [\"python\", \"app.py\"]").get(0);
        org.junit.jupiter.api.Assertions.assertTrue(f.fix().contains("FROM python:3.12-slim AS build"), f.fix());
        org.junit.jupiter.api.Assertions.assertFalse(f.fix().contains("golang"), f.fix());
    }
}
