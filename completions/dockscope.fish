# fish completion for dockscope. Generated from the picocli model by scripts/gen-docs; do not edit.
# Install: copy to ~/.config/fish/completions/dockscope.fish

complete -c dockscope -f

# subcommands of dockscope
complete -c dockscope -n '__fish_use_subcommand' -a image -d 'Explain an image: identity and origin, the layer stack with what each step added, the cache story (what is big, what rebuilds, what was left behind), and the run-time defaults'
complete -c dockscope -n '__fish_use_subcommand' -a version -d 'Show dockscope\'s version, the daemon\'s version and API version, and which endpoint was used and why'
complete -c dockscope -n '__fish_use_subcommand' -a lint -d 'Lint Dockerfiles: cache order first, then size, correctness and security'
complete -c dockscope -n '__fish_use_subcommand' -a learn -d 'The twelve concept cards, each shown live on your own objects ("On your machine:")'
complete -c dockscope -n '__fish_use_subcommand' -a help -d 'Display help information about the specified command'

# dockscope
complete -c dockscope -n '__fish_use_subcommand' -l ascii -d 'Draw with plain ASCII instead of box-drawing and block characters.'
complete -c dockscope -n '__fish_use_subcommand' -s c -l context -x -d 'Docker context to use (as in `docker context ls`). Beats DOCKER_CONTEXT and the current context.'
complete -c dockscope -n '__fish_use_subcommand' -l color -x -a 'auto always never' -d 'Colour: auto, always, never (default: auto: only on a terminal, never when NO_COLOR is set).'
complete -c dockscope -n '__fish_use_subcommand' -l debug -d 'Show stack traces of internal errors.'
complete -c dockscope -n '__fish_use_subcommand' -s h -l help -d 'Show this help and exit.'
complete -c dockscope -n '__fish_use_subcommand' -s H -l host -x -d 'Docker daemon to use: unix:///path/docker.sock or tcp://host:port. Beats DOCKER_HOST and contexts.'
complete -c dockscope -n '__fish_use_subcommand' -s o -l output -x -a 'text json' -d 'Output format: text, json (default: text).'
complete -c dockscope -n '__fish_use_subcommand' -s V -l version -d 'Print dockscope\'s version and the daemon\'s, then exit.'
complete -c dockscope -n '__fish_use_subcommand' -l width -x -d 'Output width in columns (default: the terminal\'s width, 100 when unknown).'

# dockscope image
complete -c dockscope -n '__fish_seen_subcommand_from image' -l archive -r -F -d 'Read a `docker save` tarball or an OCI image layout (directory or tar; - for stdin) instead of the daemon.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l ascii -d 'Draw with plain ASCII instead of box-drawing and block characters.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -s c -l context -x -d 'Docker context to use (as in `docker context ls`). Beats DOCKER_CONTEXT and the current context.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l ci -d 'Check the efficiency thresholds; exit 1 when one fails.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l ci-config -r -F -d 'CI thresholds file (.dive-ci or .dockscope.yaml format); default: those files in the current folder.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l color -x -a 'auto always never' -d 'Colour: auto, always, never (default: auto: only on a terminal, never when NO_COLOR is set).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l debug -d 'Show stack traces of internal errors.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l depth -x -d 'Depth of the per-layer directory trees (default: 2).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l files -d 'Read every layer\'s files: changes per layer, wasted space, efficiency.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -s h -l help -d 'Show this help and exit.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -s H -l host -x -d 'Docker daemon to use: unix:///path/docker.sock or tcp://host:port. Beats DOCKER_HOST and contexts.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l highest-reclaimable-bytes -x -d 'CI: fail when the truly reclaimable bytes exceed this (default: disabled).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l highest-user-wasted-percent -x -d 'CI: fail when wasted bytes / bytes above the first layer exceed this (default 0.1).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l highest-wasted-bytes -x -d 'CI: fail when dive\'s wasted bytes exceed this, e.g. 20MB, 1.5GiB (default: disabled).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l junit -r -F -d 'CI: also write the rule results as JUnit XML.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l layers-only -d 'Show only the layer stack.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l lowest-efficiency -x -d 'CI: fail when efficiency is below this (default 0.9; disabled/off/false turns it off).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l no-cache-story -d 'Leave out the cache story.'
complete -c dockscope -n '__fish_seen_subcommand_from image' -s o -l output -x -a 'text json' -d 'Output format: text, json (default: text).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l path -x -d 'Which layer put matching paths there and which later layers changed them (** crosses folders).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l platform -x -d 'Platform to pick from a multi-platform image (default: this machine\'s).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l show-secrets -d 'Show env values whose names look secret (PASSWORD, TOKEN, KEY…).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l sort -x -a 'order size' -d 'Layer order: order, size (default: order).'
complete -c dockscope -n '__fish_seen_subcommand_from image' -l width -x -d 'Output width in columns (default: the terminal\'s width, 100 when unknown).'

# dockscope version
complete -c dockscope -n '__fish_seen_subcommand_from version' -l ascii -d 'Draw with plain ASCII instead of box-drawing and block characters.'
complete -c dockscope -n '__fish_seen_subcommand_from version' -s c -l context -x -d 'Docker context to use (as in `docker context ls`). Beats DOCKER_CONTEXT and the current context.'
complete -c dockscope -n '__fish_seen_subcommand_from version' -l color -x -a 'auto always never' -d 'Colour: auto, always, never (default: auto: only on a terminal, never when NO_COLOR is set).'
complete -c dockscope -n '__fish_seen_subcommand_from version' -l debug -d 'Show stack traces of internal errors.'
complete -c dockscope -n '__fish_seen_subcommand_from version' -s h -l help -d 'Show this help and exit.'
complete -c dockscope -n '__fish_seen_subcommand_from version' -s H -l host -x -d 'Docker daemon to use: unix:///path/docker.sock or tcp://host:port. Beats DOCKER_HOST and contexts.'
complete -c dockscope -n '__fish_seen_subcommand_from version' -s o -l output -x -a 'text json' -d 'Output format: text, json (default: text).'
complete -c dockscope -n '__fish_seen_subcommand_from version' -l width -x -d 'Output width in columns (default: the terminal\'s width, 100 when unknown).'

# dockscope lint
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l ascii -d 'Draw with plain ASCII instead of box-drawing and block characters.'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -s c -l context -x -d 'Docker context to use (as in `docker context ls`). Beats DOCKER_CONTEXT and the current context.'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l changed -r -F -d 'Say which steps of which stage lose their cache when these files change, and the order that minimises it.'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l color -x -a 'auto always never' -d 'Colour: auto, always, never (default: auto: only on a terminal, never when NO_COLOR is set).'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l config -r -F -d 'Config file (default: the nearest .dockscope.yaml above each Dockerfile).'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l debug -d 'Show stack traces of internal errors.'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l explain -x -d 'Show a rule\'s full card.'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l fail-on -x -d 'Exit 1 when a finding at or above LEVEL remains: error, warning, info, style, none (default: failOn from the config, else warning).'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l format -x -a 'text json sarif checkstyle junit gitlab markdown' -d 'Output: text, json, sarif, checkstyle, junit, gitlab, markdown (default: text; -o json means json).'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -s h -l help -d 'Show this help and exit.'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -s H -l host -x -d 'Docker daemon to use: unix:///path/docker.sock or tcp://host:port. Beats DOCKER_HOST and contexts.'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l ignore -x -d 'Ignore a rule (repeatable).'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -s o -l output -x -a 'text json' -d 'Output format: text, json (default: text).'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l rules -d 'List every rule with its severity, concept and hadolint/BuildKit equivalents.'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -l width -x -d 'Output width in columns (default: the terminal\'s width, 100 when unknown).'
complete -c dockscope -n '__fish_seen_subcommand_from lint' -r -F -d 'Dockerfiles or directories (default: .).'

# dockscope learn
complete -c dockscope -n '__fish_seen_subcommand_from learn' -l answers -d 'Show the answers to the self-check questions.'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -l ascii -d 'Draw with plain ASCII instead of box-drawing and block characters.'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -s c -l context -x -d 'Docker context to use (as in `docker context ls`). Beats DOCKER_CONTEXT and the current context.'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -l color -x -a 'auto always never' -d 'Colour: auto, always, never (default: auto: only on a terminal, never when NO_COLOR is set).'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -l debug -d 'Show stack traces of internal errors.'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -s h -l help -d 'Show this help and exit.'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -s H -l host -x -d 'Docker daemon to use: unix:///path/docker.sock or tcp://host:port. Beats DOCKER_HOST and contexts.'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -l no-live -d 'Do not look at the daemon; show the cards only.'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -s o -l output -x -a 'text json' -d 'Output format: text, json (default: text).'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -l search -x -d 'List the cards whose text mentions WORD (all words, if several).'
complete -c dockscope -n '__fish_seen_subcommand_from learn' -l width -x -d 'Output width in columns (default: the terminal\'s width, 100 when unknown).'

# dockscope help
complete -c dockscope -n '__fish_seen_subcommand_from help' -s h -l help -d 'Show usage help for the help command and exit.'
complete -c dockscope -n '__fish_seen_subcommand_from help' -x -a 'image version lint learn help' -d 'The COMMAND to display the usage help message for.'
