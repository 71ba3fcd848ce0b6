# Flags every Amanat target shares; link amanat_build_flags rather than
# setting options globally.
add_library(amanat_build_flags INTERFACE)
target_compile_features(amanat_build_flags INTERFACE cxx_std_17)
target_compile_options(amanat_build_flags INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(amanat_build_flags INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  AMANAT_VERSION="${PROJECT_VERSION}")
