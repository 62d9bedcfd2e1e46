# ruff: noqa: E501  (each message kept on one line exactly as the tool prints it)
"""Look-alikes of failed lookups (issue #17, helper "lookalikes"): errors with a lookup's words about dependencies,
images, code and configuration, each as the tool prints it with a realistic name. None names a failed lookup."""

from __future__ import annotations

DEPENDENCIES: tuple[tuple[str, str], ...] = (
    (
        "npm-eresolve",
        'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! \nnpm ERR! While resolving: frontend-app@0.1.0\nnpm ERR! Found: react@18.2.0\nnpm ERR! node_modules/react\nnpm ERR!   react@"^18.2.0" from the root project\nnpm ERR! \nnpm ERR! Could not resolve dependency:\nnpm ERR! peer react@"^17.0.0" from react-beautiful-dnd@13.1.0\nnpm ERR! node_modules/react-beautiful-dnd',
    ),
    (
        "npm-eresolve-upstream",
        "npm ERR! ERESOLVE could not resolve\nnpm ERR! While resolving: @angular/core@15.0.0\nnpm ERR! Conflicting peer dependency: rxjs@7.8.1",
    ),
    (
        "npm-e404",
        "npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2finternal-lib - Not found\nnpm ERR! 404 \nnpm ERR! 404  '@acme/internal-lib@^2.1.0' is not in this registry.",
    ),
    ("yarn-notfound", 'error An unexpected error occurred: "https://registry.yarnpkg.com/@acme%2fui-kit: Not found".'),
    (
        "yarn-berry",
        "➤ YN0001: │ Error: @acme/ui-kit@npm:^1.2.0: Couldn't find a version that satisfies the requirement",
    ),
    ("yarn-berry2", "➤ YN0035: │ @acme/ui-kit@npm:^1.2.0: Package not found"),
    ("pnpm", " ERR_PNPM_NO_MATCHING_VERSION  No matching version found for left-pad@^9.0.0"),
    ("pnpm-peer", " ERR_PNPM_PEER_DEP_ISSUES  Unmet peer dependencies"),
    (
        "pip-noversion",
        "ERROR: Could not find a version that satisfies the requirement internal-utils==1.4.2 (from versions: none)\nERROR: No matching distribution found for internal-utils==1.4.2",
    ),
    (
        "pip-resolution",
        "ERROR: Cannot install -r requirements.txt (line 3) and urllib3==2.0.0 because these package versions have conflicting dependencies.\nERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/#dealing-with-dependency-conflicts",
    ),
    (
        "maven-deps",
        "[ERROR] Failed to execute goal on project payments-api: Could not resolve dependencies for project com.acme:payments-api:jar:1.0.0-SNAPSHOT: Could not find artifact com.acme:common-lib:jar:2.3.1 in nexus (https://nexus.acme.internal/repository/maven-public/) -> [Help 1]",
    ),
    (
        "maven-descriptor",
        "[ERROR] Failed to execute goal on project api: Could not resolve dependencies for project com.acme:api:jar:1.0: Failed to collect dependencies at org.springframework.boot:spring-boot-starter-web:jar:3.1.0: Failed to read artifact descriptor for org.springframework.boot:spring-boot-starter-web:jar:3.1.0: Could not transfer artifact org.springframework.boot:spring-boot-starter-web:pom:3.1.0 from/to central (https://repo.maven.apache.org/maven2): status code: 401, reason phrase: Unauthorized (401)",
    ),
    (
        "maven-plugin",
        "[ERROR] Plugin org.apache.maven.plugins:maven-surefire-plugin:3.0.0 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.apache.maven.plugins:maven-surefire-plugin:jar:3.0.0",
    ),
    (
        "gradle-config",
        "* What went wrong:\nExecution failed for task ':app:compileDebugKotlin'.\n> Could not resolve all files for configuration ':app:debugCompileClasspath'.\n   > Could not find com.acme:analytics:1.2.0.\n     Required by:\n         project :app",
    ),
    (
        "gradle-gav",
        "> Could not resolve com.squareup.okhttp3:okhttp:4.10.0.\n  Required by:\n      project :app\n   > Could not resolve com.squareup.okhttp3:okhttp:4.10.0.\n      > Could not get resource 'https://nexus.acme.internal/repository/maven/com/squareup/okhttp3/okhttp/4.10.0/okhttp-4.10.0.pom'.\n         > Could not GET 'https://nexus.acme.internal/repository/maven/com/squareup/okhttp3/okhttp/4.10.0/okhttp-4.10.0.pom'. Received status code 403 from server: Forbidden",
    ),
    (
        "gradle-plugin",
        "* What went wrong:\nPlugin [id: 'org.springframework.boot', version: '3.1.0'] was not found in any of the following sources:",
    ),
    (
        "go-finding",
        "go: finding module for package github.com/acme/internal/pkg/auth\ngo: found github.com/acme/internal/pkg/auth in github.com/acme/internal v1.2.0",
    ),
    (
        "go-nomodule",
        "main.go:7:2: cannot find module providing package github.com/acme/platform/logging: module github.com/acme/platform/logging: git ls-remote -q origin in /root/go/pkg/mod/cache/vcs/abc: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled",
    ),
    (
        "go-404",
        "go: github.com/acme/tool@v1.3.0: reading https://proxy.golang.org/github.com/acme/tool/@v/v1.3.0.mod: 404 Not Found\n\tserver response: not found: github.com/acme/tool@v1.3.0: invalid version: unknown revision v1.3.0",
    ),
    (
        "go-unknownrev",
        "go: github.com/acme/lib@v0.0.0-20230101000000-abcdef123456: invalid version: unknown revision abcdef123456",
    ),
    (
        "cargo",
        'error: failed to select a version for the requirement `tokio = "^2.0"`\ncandidate versions found which didn\'t match: 1.28.2, 1.28.1, 1.28.0\nlocation searched: crates.io index\nrequired by package `api-server v0.1.0 (/app)`',
    ),
    (
        "cargo-nomatch",
        "error: no matching package named `acme-common` found\nlocation searched: registry `crates-io`\nrequired by package `api-server v0.1.0 (/app)`",
    ),
    (
        "bundler",
        "Could not find gem 'rails (~> 7.0.4)' in locally installed gems.\nRun `bundle install` to install missing gems.",
    ),
    (
        "bundler-source",
        "Could not find gem 'acme-client' in rubygems repository https://rubygems.org/ or installed locally.",
    ),
    (
        "composer",
        "Your requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n    - Root composer.json requires laravel/framework ^11.0, found laravel/framework[v11.0.0] but it does not match your minimum-stability.",
    ),
    (
        "nuget",
        "error NU1101: Unable to find package Acme.Common. No packages exist with this id in source(s): nuget.org",
    ),
    ("nuget-resolve", "error NU1102: Unable to find package Newtonsoft.Json with version (>= 14.0.1)"),
    ("nuget-unable", "Unable to resolve 'Acme.Common (>= 1.0.0)' for 'net6.0'."),
    (
        "nuget-restore",
        "/src/Api/Api.csproj : error NU1100: Unable to resolve 'Acme.Common (>= 1.0.0)' for 'net6.0'. [/src/Api.sln]",
    ),
    ("helm-dep", "Error: found in Chart.yaml, but missing in charts/ directory: postgresql, redis"),
    (
        "helm-dep2",
        "Error: no cached repository for helm-manager-1067d9c6027b8c3f27b49e40521d64be96ea412858d8e45064fa44afd3966ddc found. (try 'helm repo update')",
    ),
    (
        "helm-dep3",
        "Error: can't get a valid version for repositories postgresql. Try changing the version constraint in Chart.yaml",
    ),
    (
        "helm-dep4",
        "Error: An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: common",
    ),
    ("helm-repo", 'Error: repo "bitnami" not found'),
    (
        "helm-chart",
        "Error: chart \"postgresql\" matching 99.0.0 not found in bitnami index. (try 'helm repo update'): no chart version found for postgresql-99.0.0",
    ),
    (
        "tf-provider",
        "│ Error: Failed to query available provider packages\n│ \n│ Could not retrieve the list of available versions for provider hashicorp/aws: no available releases match the given constraints >= 5.0.0, < 4.0.0",
    ),
    (
        "tf-provider2",
        "│ Error: Failed to resolve provider packages\n│ \n│ Could not resolve provider acme/widgets: provider registry registry.terraform.io does not have a provider named registry.terraform.io/acme/widgets",
    ),
    ("tf-provider3", 'Error: Could not load plugin\n\nPlugin reinitialization required. Please run "terraform init".'),
    (
        "tf-module",
        '│ Error: Module not found\n│ \n│ The module address "git::https://gitlab.acme.internal/infra/modules.git//vpc" could not be resolved.',
    ),
    (
        "go-proxy-410",
        'go: example.com/internal/lib@v1.0.0: reading https://proxy.golang.org/example.com/internal/lib/@v/v1.0.0.info: 410 Gone\n\tserver response: not found: example.com/internal/lib@v1.0.0: unrecognized import path "example.com/internal/lib": https fetch: Get "https://example.com/internal/lib?go-get=1": dial tcp 93.184.216.34:443: i/o timeout',
    ),
    (
        "go-private",
        'go: gitlab.acme.internal/platform/lib@v1.2.0: verifying module: gitlab.acme.internal/platform/lib@v1.2.0: reading https://sum.golang.org/lookup/gitlab.acme.internal/platform/lib@v1.2.0: 404 Not Found\n\tserver response: not found: gitlab.acme.internal/platform/lib@v1.2.0: unrecognized import path "gitlab.acme.internal/platform/lib"',
    ),
    ("go-sumlookup410", "verifying github.com/acme/lib@v1.0.0: checksum mismatch"),
    (
        "mvn-unknownhost-word",
        "[WARNING] The POM for com.acme:common-lib:jar:2.3.1 is missing, no dependency information available",
    ),
    (
        "gradle-notfound",
        "> Could not find com.acme:analytics:1.2.0.\n  Searched in the following locations:\n    - https://repo.maven.apache.org/maven2/com/acme/analytics/1.2.0/analytics-1.2.0.pom",
    ),
    (
        "pip-index",
        "ERROR: Could not find a version that satisfies the requirement acme-utils (from versions: none)\nERROR: No matching distribution found for acme-utils",
    ),
    (
        "poetry",
        "SolverProblemError\n\nBecause myapp depends on requests (^3.0) which doesn't match any versions, version solving failed.",
    ),
    (
        "conda",
        "PackagesNotFoundError: The following packages are not available from current channels:\n\n  - acme-utils",
    ),
    ("apt-unable", "E: Unable to locate package libacme-dev"),
    (
        "apt-404",
        "Err:5 http://deb.debian.org/debian bookworm/main amd64 libssl3 amd64 3.0.11-1~deb12u1\n  404  Not Found [IP: 151.101.2.132 80]",
    ),
    ("yum", "Error: Unable to find a match: acme-agent"),
    ("apk", "ERROR: unable to select packages:\n  libacme (no such package):\n    required by: world[libacme]"),
    ("dotnet-nomatch", "error NU1103: Unable to find a stable package Acme.Common with version (>= 2.0.0)"),
    (
        "nuget-unable2",
        "warn : NU1603: Acme.Api depends on Acme.Common (>= 1.0.0) but Acme.Common 1.0.0 was not found. An approximate best match of Acme.Common 1.1.0 was resolved.",
    ),
    (
        "tf-provider4",
        "│ Error: Failed to resolve provider packages\n│\n│ Could not resolve provider hashicorp/awss: provider registry registry.terraform.io does not have a provider named registry.terraform.io/hashicorp/awss",
    ),
    ("gradle-project", "> Could not resolve project :shared.\n  Required by:\n      project :app"),
    ("yarn-couldnt", 'error Couldn\'t find package "@acme/ui@^1.0.0" required by "app@1.0.0" on the "npm" registry.'),
    (
        "spm",
        "error: Dependencies could not be resolved because no versions of 'alamofire' match the requirement 6.0.0..<7.0.0 and root depends on 'alamofire' 6.0.0..<7.0.0.",
    ),
    ("pods", "[!] Unable to find a specification for `AcmeSDK (~> 2.0)`"),
    ("dart", "Because app depends on http ^2.0.0 which doesn't match any versions, version solving failed."),
    (
        "gomod",
        "go: github.com/acme/x@v1.0.0 requires\n\tgithub.com/acme/y@v0.0.0-00010101000000-000000000000: invalid version: unknown revision 000000000000",
    ),
    (
        "dotnet-restore",
        "/app/Api.csproj : error NU1101: Unable to find package Acme.Redis. No packages exist with this id in source(s): nuget.org",
    ),
    (
        "sbt",
        "[error] (update) sbt.librarymanagement.ResolveException: Error downloading com.acme:common_2.13:1.0.0\n[error]   Not found\n[error]   not found: /root/.ivy2/local/com.acme/common_2.13/1.0.0/ivys/ivy.xml",
    ),
    ("sbt2", "[warn] \tmodule not found: com.acme#common_2.13;1.0.0"),
    ("ivy", "[error] unresolved dependency: com.acme#common_2.13;1.0.0: not found"),
    ("lein", "Could not find artifact acme:common:jar:1.0.0 in clojars (https://repo.clojars.org/)"),
    ("mix", "** (Mix) No package with name redix (from: mix.exs) in registry"),
    ("rebar", "===> Package not found in any repo: acme_common 1.0.0"),
    (
        "stack",
        "Error: While constructing the build plan, the following exceptions were encountered:\n\nUnknown package: acme-common",
    ),
    (
        "julia",
        "ERROR: The following package names could not be resolved:\n * AcmeDNS (not found in project, manifest or registry)",
    ),
    ("r", "ERROR: dependency 'acmedns' is not available for package 'app'"),
    ("cran", "Warning message:\npackage 'acmedns' is not available for this version of R"),
)

IMAGES: tuple[tuple[str, str], ...] = (
    (
        "img-ref",
        'Failed to pull image "docker.io/acme/payments:v1.2.3": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/acme/payments:v1.2.3": failed to resolve reference "docker.io/acme/payments:v1.2.3": docker.io/acme/payments:v1.2.3: not found',
    ),
    (
        "img-ref-auth",
        'Failed to pull image "registry.acme.io/team/api:1.0": rpc error: code = Unknown desc = failed to pull and unpack image "registry.acme.io/team/api:1.0": failed to resolve reference "registry.acme.io/team/api:1.0": pulling from host registry.acme.io failed with status code [manifests 1.0]: 401 Unauthorized',
    ),
    (
        "img-ref-403",
        'failed to resolve reference "ghcr.io/acme/worker:latest": failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
    ),
    (
        "img-manifest",
        "Error response from daemon: manifest for acme/payments:v9 not found: manifest unknown: manifest unknown",
    ),
    (
        "img-denied",
        "Error response from daemon: pull access denied for acme/payments, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    ),
    (
        "img-buildkit",
        "ERROR: failed to solve: acme/base:3.2: failed to resolve source metadata for docker.io/acme/base:3.2: docker.io/acme/base:3.2: not found",
    ),
    (
        "img-buildkit2",
        "ERROR [internal] load metadata for docker.io/library/python:3.99-slim\n------\nfailed to solve: python:3.99-slim: failed to resolve source metadata for docker.io/library/python:3.99-slim: docker.io/library/python:3.99-slim: not found",
    ),
    (
        "img-event",
        '  Warning  Failed     12s (x3 over 50s)  kubelet  Failed to pull image "quay.io/acme/api:v2": rpc error: code = Unknown desc = Error reading manifest v2 in quay.io/acme/api: unauthorized: access to the requested resource is not authorized\n  Warning  Failed     12s (x3 over 50s)  kubelet  Error: ErrImagePull\n  Normal   BackOff    1s (x4 over 49s)   kubelet  Back-off pulling image "quay.io/acme/api:v2"\n  Warning  Failed     1s (x4 over 49s)   kubelet  Error: ImagePullBackOff',
    ),
    (
        "img-podman",
        "Error: initializing source docker://registry.acme.io/api:v1: reading manifest v1 in registry.acme.io/api: manifest unknown",
    ),
    (
        "img-crictl",
        'E0101 10:00:00.000000 1234 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"docker.io/acme/x:1\\": failed to resolve reference \\"docker.io/acme/x:1\\": docker.io/acme/x:1: not found" image="docker.io/acme/x:1"',
    ),
    (
        "img-invalidref",
        'Error: InvalidImageName\nFailed to apply default image tag "Acme/Api:latest": couldn\'t parse image reference "Acme/Api:latest": invalid reference format: repository name must be lowercase',
    ),
)

CODE_AND_CONFIG: tuple[tuple[str, str], ...] = (
    (
        "spring-placeholder",
        "java.lang.IllegalArgumentException: Could not resolve placeholder 'db.host' in value \"${db.host}\"",
    ),
    (
        "spring-placeholder2",
        "Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'DATABASE_HOST' in value \"jdbc:postgresql://${DATABASE_HOST}:5432/app\"",
    ),
    (
        "helm-tpl",
        'Error: template: mychart/templates/deployment.yaml:24:28: executing "mychart/templates/deployment.yaml" at <.Values.image.repo>: can\'t evaluate field repo in type interface {}',
    ),
    (
        "helm-tpl2",
        'Error: INSTALLATION FAILED: template: app/templates/service.yaml:10:18: executing "app/templates/service.yaml" at <.Values.service.port>: nil pointer evaluating interface {}.port',
    ),
    ("kotlin", "e: /app/src/main/kotlin/Main.kt: (12, 5): Unresolved reference: httpClient"),
    ("kotlin2", "e: file:///app/src/main/kotlin/com/acme/Api.kt:12:5 Unresolved reference 'httpClient'."),
    (
        "ts-module",
        "src/index.ts(3,22): error TS2307: Cannot find module 'redis-client' or its corresponding type declarations.",
    ),
    ("ts-name", "src/db.ts(10,5): error TS2304: Cannot find name 'dbHost'."),
    ("webpack", "Module not found: Error: Can't resolve './config' in '/app/src'"),
    ("webpack2", "ERROR in ./src/index.js 3:0-35\nModule not found: Error: Can't resolve 'axios' in '/app/src'"),
    (
        "webpack5-fallback",
        "Module not found: Error: Can't resolve 'dns' in '/app/node_modules/mongodb/lib'\n\nBREAKING CHANGE: webpack < 5 used to include polyfills for node.js core modules by default.",
    ),
    (
        "vite",
        '[plugin:vite:import-analysis] Failed to resolve import "./api/client" from "src/App.tsx". Does the file exist?',
    ),
    ("vite2", 'Error: [vite]: Rollup failed to resolve import "axios" from "/app/src/main.ts".'),
    ("esbuild", '✘ [ERROR] Could not resolve "redis"\n\n    src/cache.ts:1:18:\n      1 │ import Redis from "redis";'),
    ("rollup", "[!] Error: Could not resolve './db' from src/index.js"),
    ("node-module", "Error: Cannot find module 'express'\nRequire stack:\n- /app/server.js"),
    ("node-esm", "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'pg' imported from /app/src/db.js"),
    ("py-module", "ModuleNotFoundError: No module named 'redis'"),
    (
        "py-import",
        "ImportError: cannot import name 'resolve' from 'dns.resolver' (/usr/lib/python3/dist-packages/dns/resolver.py)",
    ),
    ("php-class", 'PHP Fatal error:  Uncaught Error: Class "Predis\\Client" not found in /var/www/app/Cache.php:12'),
    (
        "ansible-role",
        "ERROR! the role 'geerlingguy.docker' was not found in /app/roles:/root/.ansible/roles:/usr/share/ansible/roles:/etc/ansible/roles:/app\n\nThe error appears to be in '/app/site.yml': line 4, column 7, but may\nbe elsewhere in the file depending on the exact syntax problem.",
    ),
    ("ansible-host", "[WARNING]: Could not match supplied host pattern, ignoring: webservers"),
    (
        "ansible-inv",
        "[WARNING]: provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'",
    ),
    ("gha-action", "Error: Unable to resolve action `acme/deploy-action@v3`, unable to find version `v3`"),
    ("gha-action2", "Error: Unable to resolve action `actions/chekout@v4`, repository not found"),
    (
        "jenkins2",
        "hudson.remoting.ProxyException: groovy.lang.MissingPropertyException: No such property: dockerHost for class: groovy.lang.Binding",
    ),
    (
        "jenkins3",
        "ERROR: Couldn't find any revision to build. Verify the repository and branch configuration for this job.",
    ),
    (
        "kustomize",
        "Error: accumulating resources: accumulation err='accumulating resources from '../base': '/app/overlays/prod/../base' must resolve to a file': recursed accumulation of path '/app/base': accumulating resources: accumulation err='accumulating resources from 'deployment.yaml': evalsymlink failure on '/app/base/deployment.yaml' : lstat /app/base/deployment.yaml: no such file or directory': must build at directory: not a valid directory: evalsymlink failure on '/app/base/deployment.yaml' : lstat /app/base/deployment.yaml: no such file or directory",
    ),
    (
        "kustomize2",
        "Error: no matches for Id Deployment.v1.apps/api.[noNs]; failed to find unique target for patch Deployment.v1.apps/api.[noNs]",
    ),
    ("kustomize3", "Error: unable to find one or more resources: [~G_v1_Service|~X|redis]"),
    ("go-unresolved", "./main.go:12:2: undefined: redisHost"),
    ("rust-unresolved", "error[E0432]: unresolved import `tokio::net::lookup_hosts`\n --> src/main.rs:3:5"),
    (
        "rust-resolve",
        "error[E0433]: failed to resolve: use of undeclared crate or module `dns_lookup`\n --> src/main.rs:7:13",
    ),
    (
        "cmake",
        'CMake Error at CMakeLists.txt:12 (find_package):\n  Could not find a package configuration file provided by "Boost" with any of the following names:',
    ),
    (
        "dotnet-type",
        "error CS0246: The type or namespace name 'RedisClient' could not be found (are you missing a using directive or an assembly reference?)",
    ),
    ("sql-col", 'ERROR:  column "hostname" does not exist\nLINE 1: SELECT hostname FROM nodes;'),
    ("envsubst", "error: unable to resolve variable ${DB_HOST}"),
    ("docker-compose", 'service "db" refers to undefined network backend: invalid compose project'),
    ("compose-depends", 'service "api" depends on undefined service db: invalid compose project'),
    ("git-ref", "fatal: couldn't find remote ref refs/heads/feature/dns"),
    ("git-resolve", "error: pathspec 'release/2.0' did not match any file(s) known to git"),
    (
        "express-view",
        'Error: Failed to lookup view "error" in views directory "/app/views"\n    at Function.render (/app/node_modules/express/lib/application.js:597:17)',
    ),
    (
        "helm-lookup",
        'Error: template: app/templates/secret.yaml:3:12: executing "app/templates/secret.yaml" at <lookup "v1" "Secret" .Release.Namespace "db-creds">: error calling lookup: secrets "db-creds" is forbidden',
    ),
    ("git-notfound", "remote: Repository not found.\nfatal: repository 'https://github.com/acme/infra.git/' not found"),
    (
        "tf-badhost",
        '│ Error: Invalid provider registry host\n│ \n│ The host "registry.acme.io" given in provider source address "registry.acme.io/acme/widgets" does not offer a Terraform provider registry.',
    ),
    ("gha-action3", "##[error]Unable to resolve action github/copilot-cli-actions, repository not found"),
    (
        "gha-action4",
        "Error: Unable to resolve action 'softprops/action-gh-release@153bb8e36b35d4f28c473603ceb4af68578f6b88', unable to find version '153bb8e36b35d4f28c473603ceb4af68578f6b88'",
    ),
    (
        "act-action",
        "Error: Unable to resolve action `actions/checkout@abc1234`, the provided ref `abc1234` is the shortened version of a commit SHA, which is not supported. Please use the full commit SHA `abc1234def` instead",
    ),
    ("rollup2", '[!] RollupError: Could not resolve "./utils" from "src/index.ts"'),
    ("rollup3", "Error: Could not resolve 'redis' from src/cache.js"),
    (
        "esbuild-old",
        ' > src/cache.ts:1:18: error: Could not resolve "redis" (mark it as external to exclude it from the bundle)\n    1 │ import Redis from "redis"',
    ),
    ("esbuild-x", 'X [ERROR] Could not resolve "ioredis"\n\n    src/cache.ts:1:18:'),
    ("webpack-dns", "Module not found: Error: Can't resolve 'net' in '/app/node_modules/pg/lib'"),
    (
        "webpack-loader",
        "ERROR in ./src/styles.scss\nModule build failed (from ./node_modules/sass-loader/dist/cjs.js):\nSassError: Can't find stylesheet to import.",
    ),
    ("next", "Module not found: Can't resolve 'fs'\n\nhttps://nextjs.org/docs/messages/module-not-found"),
    ("jest", "Cannot find module 'redis-mock' from 'src/cache.test.ts'"),
    ("rust-resolve2", "error[E0433]: failed to resolve: could not find `lookup_host` in `net`\n  --> src/main.rs:9:22"),
    ("rust-resolve3", "error[E0433]: failed to resolve: use of undeclared type `Resolver`"),
    (
        "spring-bean",
        "Caused by: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'dataSource': Unsatisfied dependency expressed through field 'host'; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'spring.redis.host' in value \"${spring.redis.host}\"",
    ),
    ("spring-placeholder3", "Could not resolve placeholder 'REDIS_HOST' in value \"${REDIS_HOST}\""),
    ("quarkus", "SRCFG00011: Could not expand value db.host in property quarkus.datasource.jdbc.url"),
    (
        "helm-values",
        'Error: UPGRADE FAILED: template: app/templates/deployment.yaml:40:24: executing "app/templates/deployment.yaml" at <.Values.redis.host>: nil pointer evaluating interface {}.host',
    ),
    (
        "argo",
        "ComparisonError: rpc error: code = Unknown desc = Manifest generation error (cached): `kustomize build .` failed exit status 1: Error: accumulating resources: accumulation err='accumulating resources from 'https://github.com/acme/base//deploy?ref=v1': URL is a git repository': hit 27s timeout running '/usr/bin/git fetch --depth=1 origin v1'",
    ),
    ("argo2", "rpc error: code = Unknown desc = Unable to resolve 'v1.2.3' to a commit SHA"),
    ("argo3", "Unable to resolve 'HEAD' to a commit SHA"),
    ("flux", "kustomization path not found: stat /tmp/kustomization-123/clusters/prod: no such file or directory"),
    (
        "docker-compose-host",
        'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/host/config" to rootfs at "/etc/config": no such file or directory: unknown',
    ),
    (
        "k8s-cm",
        '  Warning  FailedMount  12s (x8 over 76s)  kubelet  MountVolume.SetUp failed for volume "config-volume" : configmap "coredns-custom" not found',
    ),
    ("k8s-key", "Error: couldn't find key db_host in Secret default/db-credentials"),
    ("k8s-secret", '  Warning  Failed  10s  kubelet  Error: secret "db-host" not found'),
    (
        "jackson",
        "com.fasterxml.jackson.databind.exc.InvalidTypeIdException: Could not resolve type id 'redis' as a subtype of `com.acme.CacheConfig`: known type ids = [memcached]",
    ),
    ("jackson2", "Could not resolve subtype of [simple type, class com.acme.Backend]: missing type id property 'kind'"),
    (
        "ruby-load",
        "<internal:/usr/lib/ruby/3.1.0/rubygems/core_ext/kernel_require.rb>:85:in `require': cannot load such file -- redis (LoadError)",
    ),
    ("c-header", "main.c:3:10: fatal error: resolv.h: No such file or directory"),
    ("ld", "/usr/bin/ld: cannot find -lresolv: No such file or directory"),
    (
        "spring-view",
        "javax.servlet.ServletException: Could not resolve view with name 'hosts' in servlet with name 'dispatcherServlet'",
    ),
    (
        "thymeleaf",
        "org.thymeleaf.exceptions.TemplateInputException: Error resolving template [dashboard], template might not exist or might not be accessible by any of the configured Template Resolvers",
    ),
    ("dnsmasq-cached", "dnsmasq[1]: cached api.acme.internal is 10.0.2.3"),
    ("dnsmasq-forwarded", "dnsmasq[1]: forwarded api.acme.internal to 10.0.0.2"),
    ("go-pkgimport", 'Failed to resolve package import "github.com/acme/platform/dns"'),
    ("go-view", 'failed to resolve view "hosts": not found'),
    ("go-link", 'unable to resolve link to "/etc/resolv.conf": file does not exist'),
    ("go-commit", 'cannot resolve "v1.2.0" to a commit in /src/app: exit status 128'),
    ("go-repoimport", "unable to resolve repository import 'acme/charts'; 404 Not Found"),
    ("go-freeaddr", "failed to resolve a free address on interface 3: pool exhausted"),
    ("go-hf", "cannot resolve Hugging Face repository acme/bert-base: 401 Unauthorized"),
    ("go-envvars", "failed to resolve environment variables: variable DB_HOST is not set"),
    ("go-projectroot", '{"level":"fatal","error":"not a git repository","message":"failed to lookup project root"}'),
    (
        "jndi",
        "Failed to lookup JNDI env-entry [jdbc/payments] javax.naming.NameNotFoundException: Name [jdbc/payments] is not bound in this Context. Unable to find [jdbc].",
    ),
    (
        "jndi2",
        "javax.naming.NameNotFoundException: Name [comp/env/jdbc/payments] is not bound in this Context. Unable to find [comp].",
    ),
    ("tf2", "Skipping scan. Failed to lookup transformLookup would require extrapolation into the future."),
    ("go-symbol", "Unable to resolve symbol 'redis-host' in environment"),
    ("go-symbol2", "unable to resolve symbol: db-host in this context"),
    ("clojure", "Syntax error compiling at (core.clj:12:3).\nUnable to resolve symbol: db-host in this context"),
    (
        "go-resolve-path",
        "unable to resolve path of private key at ~/.ssh/id_ed25519: open /root/.ssh/id_ed25519: no such file or directory",
    ),
    ("go-gitroot", "unable to resolve git root from /app"),
    ("sym-ancestry", 'cannot resolve symlink ancestry for "/data/app": permission denied'),
    ("const", "cannot resolve const 'host' at compile time"),
    (
        "gha-expr",
        "The workflow is not valid. .github/workflows/ci.yml (Line: 12, Col: 14): Unrecognized named-value: 'secrets'. Located at position 1 within expression: secrets.DB_HOST",
    ),
    ("cfn", "Template format error: Unresolved resource dependencies [DbHost] in the Resources block of the template"),
    ("cfn2", "Unable to resolve Ref DbSubnetGroup"),
    ("bicep", 'Error BCP057: The name "dbHost" does not exist in the current context.'),
    ("pulumi", "error: could not resolve stack reference 'acme/infra/prod': stack 'acme/infra/prod' not found"),
    ("nix", "error: attribute 'dnsutils' missing"),
    ("cue", 'reference "dbHost" not found'),
    ("ts-path", "error TS2307: Cannot find module '@acme/dns-client' or its corresponding type declarations."),
    ("eslint", "  1:20  error  Unable to resolve path to module './resolver'  import/no-unresolved"),
    ("eslint2", "  1:20  error  Unable to resolve path to module 'redis-client'  import/no-unresolved"),
    ("babel", "Error: Cannot resolve module 'dns' from '/app/src/index.js'"),
    (
        "metro",
        "error: Error: Unable to resolve module redis from /app/src/cache.js: redis could not be found within the project or in these directories:\n  node_modules",
    ),
    (
        "metro2",
        "Unable to resolve module @acme/api-client from /app/App.tsx: @acme/api-client could not be found within the project.",
    ),
    ("parcel", "@parcel/core: Failed to resolve 'redis' from './src/cache.js'"),
    ("jest2", "Cannot find module 'redis' from 'src/cache.ts'"),
    ("angular", "Error: Module not found: Error: Can't resolve '@angular/localize/init' in '/app/src'"),
    ("sass", "Error: Can't find stylesheet to import.\n  ╷\n1 │ @import 'variables';"),
    ("postcss", "Error: Failed to find 'tailwindcss/base'\n  in [\n    /app/src\n  ]"),
    ("deno", 'error: Module not found "https://deno.land/x/redis/mod.ts".'),
    ("deno2", "error: Import 'https://deno.land/x/redis@v0.29.0/mod.ts' failed: 404 Not Found"),
    ("bun", 'error: Could not resolve: "redis". Maybe you need to "bun install"?'),
    ("bun2", 'error: Cannot find package "ioredis" from "/app/src/cache.ts"'),
    ("swc", '\u00d7 Unable to resolve module: "./config"'),
    ("turbopack", "Module not found: Can't resolve './config'"),
    (
        "vite3",
        '[vite]: Rollup failed to resolve import "redis" from "src/cache.ts".\nThis is most likely unintended because it can break your application at runtime.',
    ),
    (
        "java-symbol",
        "[ERROR] /app/src/main/java/com/acme/App.java:[12,8] cannot find symbol\n  symbol:   class RedisClient\n  location: package com.acme.cache",
    ),
)
