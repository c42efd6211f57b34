# Sign every FaceLedger executable and library in a PyInstaller folder with signtool, using an RFC 3161
# timestamp (/tr + /td sha256, not the legacy /t), then verify each signature.
# Run by packaging/build.py on Windows when FACELEDGER_SIGN_CERT_SHA1 is set, or by hand:
#
#   $env:FACELEDGER_SIGN_CERT_SHA1 = "<thumbprint of the code-signing certificate in the user's store>"
#   powershell -ExecutionPolicy Bypass -File packaging\windows\sign.ps1 -Folder build\dist\faceledger
#
# Needs signtool.exe from the Windows SDK on PATH (or FACELEDGER_SIGNTOOL) and the certificate (an EV
# certificate on a hardware token works the same way: signtool finds it by thumbprint).
param(
    [Parameter(Mandatory = $true)][string] $Folder,
    [string] $CertSha1 = $env:FACELEDGER_SIGN_CERT_SHA1,
    [string] $TimestampUrl = $(if ($env:FACELEDGER_TSA_URL) { $env:FACELEDGER_TSA_URL } else { "http://timestamp.digicert.com" }),
    [string] $SignTool = $(if ($env:FACELEDGER_SIGNTOOL) { $env:FACELEDGER_SIGNTOOL } else { "signtool.exe" })
)
$ErrorActionPreference = "Stop"
if (-not $CertSha1) { throw "Set FACELEDGER_SIGN_CERT_SHA1 (or -CertSha1) to the signing certificate's thumbprint." }

# Our two executables always; every other .exe/.dll/.pyd only if nobody signed it already
# (Qt's and Python's own DLLs usually come signed by their vendors: keep those signatures).
$all = Get-ChildItem -Path $Folder -Recurse -File -Include *.exe, *.dll, *.pyd
$targets = @()
foreach ($f in $all) {
    $ours = @("faceledger.exe", "faceledger-gui.exe") -contains $f.Name
    if ($ours -or (Get-AuthenticodeSignature -FilePath $f.FullName).Status -eq "NotSigned") { $targets += $f.FullName }
}
Write-Host "signing $($targets.Count) of $($all.Count) files with timestamp server $TimestampUrl"

# signtool accepts many files per call; batches keep the command line short.
for ($i = 0; $i -lt $targets.Count; $i += 50) {
    $batch = $targets[$i..([Math]::Min($i + 49, $targets.Count - 1))]
    & $SignTool sign /sha1 $CertSha1 /fd sha256 /tr $TimestampUrl /td sha256 /d "FaceLedger" @batch
    if ($LASTEXITCODE -ne 0) { throw "signtool sign failed ($LASTEXITCODE)" }
}
for ($i = 0; $i -lt $targets.Count; $i += 50) {
    $batch = $targets[$i..([Math]::Min($i + 49, $targets.Count - 1))]
    & $SignTool verify /pa /all @batch
    if ($LASTEXITCODE -ne 0) { throw "signtool verify failed ($LASTEXITCODE)" }
}
Write-Host "done: $($targets.Count) files signed and verified"
