package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS406ExposeWithoutHealthcheckTest extends RuleSpec {
    DS406ExposeWithoutHealthcheckTest() {
        super(new DS406ExposeWithoutHealthcheck());
    }

    static Stream<String> catches() {
        return Stream.of(
                "EXPOSE 8080",
                // a service without EXPOSE: its command starts a server
                "FROM python:3.12-slim\nCOPY . .\nCMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\"]",
                "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY out .\nENTRYPOINT [\"dotnet\", \"webapp.dll\"]",
                // keeps a server base image's command: a site served by nginx, an app on php-fpm
                "FROM nginx\nCOPY dist /usr/share/nginx/html",
                "FROM php:8.2-fpm\nCOPY . /var/www/html");
    }

    static Stream<String> passes() {
        return Stream.of(
                "EXPOSE 8080\nHEALTHCHECK CMD wget -qO- localhost:8080 || exit 1",
                "EXPOSE 8080\nHEALTHCHECK NONE",
                "FROM base AS b\nHEALTHCHECK CMD true\nFROM b\nEXPOSE 80",
                "RUN true",
                "FROM alpine:3.20\nCOPY hello /hello\nCMD [\"/hello\"]",
                // general-purpose packaging of third-party software (official-image style)
                "FROM debian:12\nENV REDIS_VERSION 7.4.1\nRUN curl -fsSL -o r.tgz $URL && echo \"$SHA  r.tgz\" "
                        + "| sha256sum -c -\nEXPOSE 6379\nCMD [\"redis-server\"]",
                "FROM ubuntu:24.04\nRUN gpg --batch --verify app.asc app.tgz\nEXPOSE 80\nCMD [\"httpd-foreground\"]",
                // docker:dind-style daemons
                "FROM docker:27-cli\nEXPOSE 2375\nENTRYPOINT [\"dockerd-entrypoint.sh\"]",
                // a tool image that only exposes a port for an optional dev server
                "FROM alpine:3.20\nEXPOSE 1313\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"--help\"]");
    }
}
