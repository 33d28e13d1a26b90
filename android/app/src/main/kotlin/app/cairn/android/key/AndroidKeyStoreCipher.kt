package app.cairn.android.key

import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import java.security.KeyStore
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * AES-256-GCM under a non-exportable key in `AndroidKeyStore` (created on first use; the key
 * store picks every IV). The key material never leaves the key store (its TEE, or StrongBox).
 *
 * [protection] says how the key is made: the store key ([KeyProtection.STORE]) only works while
 * the phone is unlocked (API 28+) and lives in StrongBox where the phone has one; the key that
 * seals what alarms and the widget show while locked ([KeyProtection.DEVICE]) has neither.
 */
class AndroidKeyStoreCipher(
    private val alias: String,
    private val protection: KeyProtection,
) : AeadCipher {
    override fun seal(plaintext: ByteArray): Sealed {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, secretKey())
        val ciphertext = cipher.doFinal(plaintext)
        return Sealed(cipher.iv, ciphertext)
    }

    override fun open(sealed: Sealed): ByteArray {
        val key = existingKey() ?: throw KeyWrapException("wrapping key is missing")
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, sealed.iv))
        return cipher.doFinal(sealed.ciphertext)
    }

    override fun destroy() {
        val store = keyStore()
        if (store.containsAlias(alias)) store.deleteEntry(alias)
    }

    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    private fun existingKey(): SecretKey? = keyStore().getKey(alias, null) as? SecretKey

    private fun secretKey(): SecretKey {
        existingKey()?.let { return it }
        val strongBox = protection == KeyProtection.STORE
        return KeyGeneration.withStrongBoxFallback(Build.VERSION.SDK_INT, strongBox) { inStrongBox ->
            generate(inStrongBox)
        }
    }

    private fun generate(inStrongBox: Boolean): SecretKey {
        val builder =
            KeyGenParameterSpec
                .Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(KEY_BITS)
                .setRandomizedEncryptionRequired(true)
        if (Build.VERSION.SDK_INT >= 28) Api28.protect(builder, protection == KeyProtection.STORE, inStrongBox)
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER)
        generator.init(builder.build())
        return generator.generateKey()
    }

    /** API 28 calls, kept in their own class so older phones never load them. */
    private object Api28 {
        fun protect(
            builder: KeyGenParameterSpec.Builder,
            unlockedDevice: Boolean,
            strongBox: Boolean,
        ) {
            builder.setUnlockedDeviceRequired(unlockedDevice)
            builder.setIsStrongBoxBacked(strongBox)
        }
    }

    private companion object {
        const val PROVIDER = "AndroidKeyStore"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val TAG_BITS = 128
        const val KEY_BITS = 256
    }
}

/** How a key-store key is made. */
enum class KeyProtection {
    /** The store's wrapping key: unlocked device required, StrongBox where there is one. */
    STORE,

    /** The key sealing what must be readable while the phone is locked: neither. */
    DEVICE,
}

/** The StrongBox attempt and its fallback, apart from the key store so it can be tested. */
object KeyGeneration {
    /**
     * Generates with [generate] in StrongBox first when [wanted] and the phone runs API 28+
     * (where StrongBox exists), and without it when the phone says it has none.
     */
    fun <T : Any> withStrongBoxFallback(
        sdk: Int,
        wanted: Boolean,
        generate: (strongBox: Boolean) -> T,
    ): T {
        if (wanted && sdk >= 28) StrongBoxAttempt.attempt(generate)?.let { return it }
        return generate(false)
    }

    /** Its own class: StrongBoxUnavailableException (API 28) is only loaded where it exists. */
    private object StrongBoxAttempt {
        fun <T : Any> attempt(generate: (strongBox: Boolean) -> T): T? =
            try {
                generate(true)
            } catch (_: StrongBoxUnavailableException) {
                // No StrongBox on this phone: the caller falls back to the TEE-backed key.
                null
            }
    }
}
