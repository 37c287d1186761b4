# What `cmake --graphviz` draws (docs/architecture.md): the application's own targets and the libraries
# they link, without the tests, benchmarks, fuzzers, the targets Qt generates and what Qt itself links.
set(GRAPHVIZ_GRAPH_NAME "Inflection")
set(GRAPHVIZ_IGNORE_TARGETS "^tst_" "^inflection_bench" "^inflection_test" "^fuzz_" "_autogen" "_resources_"
    "_lupdate" "_lrelease" "^update_translations" "^release_translations" "::moc$" "::uic$" "::rcc$" "::lupdate$" "::lrelease$" "^Qt::"
    "Qt6::Platform" "^Wrap" "^OpenGL::" "^Threads::" "^XKB::" "^Fontconfig::" "^Freetype::" "^PkgConfig::")
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
