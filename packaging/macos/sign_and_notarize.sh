#!/usr/bin/env bash
# Sign (hardened runtime, secure timestamp), notarize and staple FaceLedger.app on a Mac.
# Run by packaging/build.py on macOS when FACELEDGER_CODESIGN_IDENTITY is set, or by hand:
#
#   FACELEDGER_CODESIGN_IDENTITY="Developer ID Application: Example Org (TEAMID1234)" \
#   FACELEDGER_NOTARY_PROFILE=faceledger-notary \
#   packaging/macos/sign_and_notarize.sh build/dist/FaceLedger.app
#
# Needs Xcode's command line tools, a "Developer ID Application" certificate in the login keychain,
# and a notarytool keychain profile made once with:
#   xcrun notarytool store-credentials faceledger-notary --apple-id you@example.org \
#         --team-id TEAMID1234 --password <app-specific password>
# Without FACELEDGER_NOTARY_PROFILE the app is signed but not notarized (Gatekeeper will warn users).
set -euo pipefail

APP="${1:?usage: sign_and_notarize.sh path/to/FaceLedger.app}"
IDENTITY="${FACELEDGER_CODESIGN_IDENTITY:?set FACELEDGER_CODESIGN_IDENTITY to your Developer ID Application identity}"
PROFILE="${FACELEDGER_NOTARY_PROFILE:-}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ENTITLEMENTS="$HERE/entitlements.plist"

sign() {
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$IDENTITY" "$1"
}

echo "1/4 signing every Mach-O file inside $APP (inside out), then the app itself"
# Nested code first: Python extensions, dylibs, Qt frameworks' binaries, the executables.
while IFS= read -r -d '' f; do
    if file -b "$f" | grep -q "Mach-O"; then sign "$f"; fi
done < <(find "$APP/Contents" -type f -print0 | sort -z -r)
while IFS= read -r -d '' fw; do sign "$fw"; done < <(find "$APP/Contents" -type d -name "*.framework" -print0)
sign "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

if [ -z "$PROFILE" ]; then
    echo "FACELEDGER_NOTARY_PROFILE is not set: signed, NOT notarized."
    exit 0
fi

echo "2/4 submitting to Apple's notary service (waits for the verdict)"
ZIP="$(mktemp -d)/FaceLedger-notarize.zip"
ditto -c -k --sequesterRsrc --keepParent "$APP" "$ZIP"
xcrun notarytool submit "$ZIP" --keychain-profile "$PROFILE" --wait
rm -f "$ZIP"

echo "3/4 stapling the notarization ticket to the app"
xcrun stapler staple "$APP"
xcrun stapler validate "$APP"

echo "4/4 Gatekeeper's verdict"
spctl --assess --type execute --verbose=4 "$APP"
echo "done: $APP is signed, notarized and stapled"
