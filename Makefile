# errcat's tasks. `make` runs the main job on the embedded catalog; `make test`
# runs every test. Both install dependencies from package-lock.json first when
# node_modules is missing or older than the lock file.

NODE_DEPS := node_modules/.package-lock.json
SOURCES := $(shell find generators -name '*.ts' -o -name '*.json') tsconfig.json tsconfig.build.json
ERRCAT := node bin/errcat.js

.PHONY: all generate validate check test typecheck bench bench-hostile fuzz clean

all: generate

$(NODE_DEPS): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

dist/.built: $(NODE_DEPS) $(SOURCES)
	npx tsc -p tsconfig.build.json
	@touch $@

## generate: validate catalog/ and render every target into out/
generate: dist/.built
	$(ERRCAT) generate

## validate: check catalog/ and print every problem
validate: dist/.built
	$(ERRCAT) validate

## check: fail when out/ is not what catalog/ generates (drift)
check: dist/.built
	$(ERRCAT) generate --check

## test: the whole test suite (the CLI tests run the built command)
test: dist/.built
	npx tsc -p tsconfig.json --noEmit
	npx vitest run --reporter=default --reporter=json --outputFile=.test-results.json
	@node -e "const r = require('./.test-results.json'); console.log(r.numPassedTests + ' passed, ' + r.numFailedTests + ' failed')"

## bench: the CLI's time and peak memory at each size against a floor (BENCH_SIZES=embedded,1000,10000,100000; README)
bench: dist/.built
	node test/bench/bench.mjs

## bench-hostile: time and peak memory of validate on each hostile input (test/bench/hostile-cases.mjs)
bench-hostile: dist/.built
	node test/bench/hostile.mjs

## fuzz: the property test at length, from a random seed (FC_RUNS=n, FC_SEED=s to replay)
fuzz: dist/.built
	FC_SEED=$${FC_SEED:-$$(node -p 'Math.floor(Math.random() * 2 ** 31)')} FC_RUNS=$${FC_RUNS:-500} npx vitest run test/property.test.ts

clean:
	rm -rf dist
