package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS402NoUserTest extends RuleSpec {
    DS402NoUserTest() {
        super(new DS402NoUser());
    }

    static Stream<String> catches() {
        return Stream.of(
                // a service: EXPOSE, or a command that starts a server
                "EXPOSE 8080\nCMD [\"./app\"]",
                "FROM python:3.12-slim\nCOPY . /app\nCMD [\"gunicorn\", \"app:app\"]",
                "FROM node:22\nCOPY . .\nCMD [\"npm\", \"start\"]",
                "FROM eclipse-temurin:21-jre\nCOPY app.jar .\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]",
                "FROM python:3.12\nCOPY . .\nCMD [\"python3\", \"app.py\"]",
                "FROM python:3.12\nCOPY . .\nCMD [\"uv\", \"run\", \"fastapi\", \"run\"]",
                "FROM ruby:3.3\nCOPY . .\nCMD bundle exec rails server",
                "FROM php:8.3-fpm\nCOPY . .\nCMD php artisan serve --host=0.0.0.0",
                // scratch runs as uid 0 too
                "FROM scratch\nCOPY proxy /proxy\nENTRYPOINT [\"/proxy-server\"]",
                // the entrypoint script runs the CMD in the end
                "FROM alpine:3.20\nCOPY . /app\nENTRYPOINT [\"/docker-entrypoint.sh\"]\nCMD [\"node\", \"server.js\"]");
    }

    static Stream<String> passes() {
        return Stream.of(
                "USER app\nEXPOSE 80",
                "FROM alpine:3.20 AS base\nUSER app\nFROM base\nEXPOSE 80",
                // not a service: no command, a REPL, a tool, a build-only image
                "RUN echo hi",
                "FROM debian:12\nCMD [\"python3\"]",
                "FROM alpine:3.20\nENTRYPOINT [\"git\"]\nCMD [\"--help\"]",
                "FROM alpine:3.20\nCOPY main .\nCMD [\"./main\"]",
                "FROM alpine:3.20\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"sh\"]",
                "FROM alpine:3.20\nEXPOSE 1313\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"--help\"]",
                "FROM scratch\nCOPY app /app",
                // root on purpose: the entrypoint drops privileges, the server drops them, root is needed
                "FROM debian:12\nRUN apt-get update && apt-get install -y gosu\nEXPOSE 5432\nCMD [\"postgres\"]",
                "FROM alpine:3.20\nRUN apk add --no-cache su-exec\nEXPOSE 8384\nCMD [\"/bin/app\"]",
                "FROM ubuntu:24.04\nEXPOSE 80\nCMD [\"nginx\", \"-g\", \"daemon off;\"]",
                "FROM php:8.3-apache\nCOPY . /var/www/html/",
                "FROM nginx:1.27\nCOPY dist /usr/share/nginx/html",
                "FROM docker:27-cli\nEXPOSE 2375\nENTRYPOINT [\"dockerd-entrypoint.sh\"]");
    }
}
