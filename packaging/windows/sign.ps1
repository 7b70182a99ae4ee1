# Authenticode-sign files with signtool and a timestamp (SHA-256), then verify each signature.
#   pwsh -NoProfile -File packaging\windows\sign.ps1 <file> [<file> ...]
# The certificate comes from the environment (the GitHub workflow sets these from its secrets):
#   CHECKIN_HELP_SIGN_PFX        path to a .pfx file holding the code-signing certificate
#   CHECKIN_HELP_SIGN_PASSWORD   its password
#   CHECKIN_HELP_TIMESTAMP_URL   RFC 3161 timestamp server (default: DigiCert's)
# Inno Setup calls this for Setup and the uninstaller (/Ssigntool=... $f); the workflow calls it
# for checkin-help.exe and checkin-help-cli.exe before iscc packs them. Any failure stops with exit 1.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = 'Stop'

if (-not $env:CHECKIN_HELP_SIGN_PFX -or -not (Test-Path $env:CHECKIN_HELP_SIGN_PFX)) {
  throw "sign.ps1: CHECKIN_HELP_SIGN_PFX does not name a .pfx file"
}
$timestamp = if ($env:CHECKIN_HELP_TIMESTAMP_URL) { $env:CHECKIN_HELP_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
  Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "sign.ps1: signtool.exe not found (Windows SDK)" }

foreach ($file in $Files) {
  & $signtool.FullName sign /fd sha256 /f $env:CHECKIN_HELP_SIGN_PFX /p $env:CHECKIN_HELP_SIGN_PASSWORD `
    /tr $timestamp /td sha256 /d 'Check-In Help' $file
  if ($LASTEXITCODE -ne 0) { throw "sign.ps1: signing $file failed (exit $LASTEXITCODE)" }
  & $signtool.FullName verify /pa $file
  if ($LASTEXITCODE -ne 0) { throw "sign.ps1: the signature of $file does not verify (exit $LASTEXITCODE)" }
}
